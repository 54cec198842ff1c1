import { render } from 'preact';
import { OptionsApp } from '../../components/settings/OptionsApp';
import '../../components/shared/page-theme.css';
import './style.css';

render(<OptionsApp />, document.getElementById('app')!);
