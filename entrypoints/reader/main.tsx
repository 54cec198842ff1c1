import { render } from 'preact';
import { Reader } from '../../components/reader/Reader';
import '../../components/shared/page-theme.css';
import '../../components/reader/reader.css';

// An unlisted extension page (reader.html): open a PDF from a file, by drag and drop, or reader.html?src=<url>.
render(<Reader />, document.getElementById('app')!);
