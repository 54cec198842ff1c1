import { render } from 'preact';
import { OWN_PAGE_EXTRAS } from '../../components/card/OwnPageActions';
import { OwnPageCard } from '../../components/card/own-page-extras';
import { PopupApp } from '../../components/popup/PopupApp';
import { uiLanguage } from '../../utils/browser/i18n';
import '../../components/card/term-card.css';
import '../../components/shared/page-theme.css';
import './style.css';

// The HTML says English; a screen reader reads the popup in the language its words are in.
document.documentElement.lang = uiLanguage();
// Our own page: its cards may hold the typed question form and the paint offer.
render(
  <OwnPageCard.Provider value={OWN_PAGE_EXTRAS}>
    <PopupApp />
  </OwnPageCard.Provider>,
  document.getElementById('app')!,
);
