import { render } from 'preact';
import { WelcomePage } from '../../components/settings/WelcomePage';
import { t, uiLanguage } from '../../utils/browser/i18n';
import '../../components/shared/page-theme.css';
import './style.css';

document.title = t('welcomePageTitle');
document.documentElement.lang = uiLanguage();
render(<WelcomePage />, document.getElementById('app')!);
