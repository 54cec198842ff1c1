import { render } from 'preact';
import { Reader } from '../../components/reader/Reader';
import { t, uiLanguage } from '../../utils/browser/i18n';
import '../../components/shared/page-theme.css';
import '../../components/reader/reader.css';

// An unlisted extension page (reader.html): open a PDF from a file, by drag and drop, or reader.html?src=<url>.
// The HTML says English; a screen reader reads the page in the language its words are in.
document.documentElement.lang = uiLanguage();
document.title = t('readerTitle');
render(<Reader />, document.getElementById('app')!);
