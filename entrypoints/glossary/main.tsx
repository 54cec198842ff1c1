import { render } from 'preact';
import { GlossaryPage } from '../../components/glossary-page/GlossaryPage';
import '../../components/card/term-card.css';
import './style.css';

// An unlisted extension page (glossary.html), reached by URL only: glossary.html#<entry id>, glossary.html?q=<text>.
render(<GlossaryPage />, document.getElementById('app')!);
