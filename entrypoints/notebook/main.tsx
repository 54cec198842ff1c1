import { render } from 'preact';
import { NotebookPage } from '../../components/notebook/NotebookPage';
import { notebookStore } from '../../utils/notebook/browser-store';
import { t, uiLanguage } from '../../utils/browser/i18n';
import '../../components/shared/page-theme.css';
import '../../components/notebook/notebook.css';
import '../../components/notebook/notebook-print.css';

// An unlisted extension page (notebook.html), linked from the popup, the glossary page and the options.
document.documentElement.lang = uiLanguage();
// The title is also the printout's default PDF file name in both browsers.
document.title = `${t('notebookTitle')} · ${t('extName')}`;
render(<NotebookPage store={notebookStore()} />, document.getElementById('app')!);
