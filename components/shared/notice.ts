import { t } from '../../utils/browser/i18n';

/** Shown on every card and in the popup: the glossary informs, it never directs care. */
export const notice = (): string => t('notice');
