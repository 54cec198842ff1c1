import { render } from 'preact';
import { OWN_PAGE_EXTRAS } from '../../components/card/OwnPageActions';
import { OwnPageCard } from '../../components/card/own-page-extras';
import { GlossaryPage } from '../../components/glossary-page/GlossaryPage';
import { t, uiLanguage } from '../../utils/browser/i18n';
import '../../components/card/term-card.css';
import './style.css';

// An unlisted extension page (glossary.html), reached by URL only: glossary.html#<entry id>, glossary.html?q=<text>.
// Our own page: its cards may hold the typed question form and the paint offer.
// The HTML says English; a screen reader reads the page in the language its words are in.
document.documentElement.lang = uiLanguage();
document.title = t('glossaryPageTitle');
render(
  <OwnPageCard.Provider value={OWN_PAGE_EXTRAS}>
    <GlossaryPage />
  </OwnPageCard.Provider>,
  document.getElementById('app')!,
);
