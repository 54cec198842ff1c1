import { render } from 'preact';
import { OptionsApp } from '../../components/settings/OptionsApp';
import { t, uiLanguage } from '../../utils/browser/i18n';
import '../../components/shared/page-theme.css';
import './style.css';

// The HTML says English; a screen reader reads the page in the language its words are in.
document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(<OptionsApp />, document.getElementById('app')!);
