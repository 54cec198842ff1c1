import { useEffect, useRef, useState } from 'preact/hooks';
import { t as uiT } from '../../utils/browser/i18n';
import type { Translate } from '../../utils/card-data/card-labels';
import type { NotebookPort, NotebookStatus } from '../../utils/notebook/port';

export interface CardNotebook {
  port: NotebookPort;
  status: NotebookStatus | undefined;
  /** The last thing done, or what went wrong, in words (shown in the card's live status line). */
  message: string;
  /**
   * Whether the reader has used the notebook on this card: only then does the
   * card carry its status line (the glossary page holds 132 cards; 132 live
   * regions would be noise). It appears before the first message, so that is announced.
   */
  touched: boolean;
  say(message: string): void;
  /** Runs a change, then reads the term's status again; a refusal is shown, nothing is pretended. */
  run<T>(change: (port: NotebookPort) => Promise<T>, done?: (result: T) => string): Promise<boolean>;
}

/** The notebook's view of one term for its card; also records the card as looked up (if the reader keeps that). */
export function useNotebook(port: NotebookPort | undefined, termId: string, t: Translate = uiT): CardNotebook | undefined {
  const [status, setStatus] = useState<NotebookStatus>();
  const [message, say] = useState('');
  const [touched, setTouched] = useState(false);
  // The term shown now: a late answer about the previous one (a related term opened) is dropped.
  const shown = useRef(termId);
  shown.current = termId;
  const fail = (error: unknown) =>
    say(
      error instanceof Error && error.name === 'ClickRefused'
        ? t('cardNotebookClickRefused')
        : t('cardNotebookFailed', error instanceof Error ? error.message : String(error)),
    );
  const refresh = () => port?.status(termId).then((next) => shown.current === termId && setStatus(next), fail);
  useEffect(() => {
    if (!port) return undefined;
    setStatus(undefined);
    say('');
    void refresh();
    // A failure here must not trouble the card: the reader did not ask for anything.
    void port.recordLookup(termId).catch(() => undefined);
    return port.subscribe?.(() => void refresh());
  }, [port, termId]);
  if (!port) return undefined;
  return {
    port,
    status,
    message,
    touched,
    say,
    run: async (change, done) => {
      setTouched(true);
      try {
        const result = await change(port);
        say(done ? done(result) : '');
        await refresh();
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
  };
}
