import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/card/term-card.css';
import '../../components/shared/page-theme.css';
import './style.css';

render(<PopupApp />, document.getElementById('app')!);
