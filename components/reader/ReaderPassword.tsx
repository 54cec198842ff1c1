import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/browser/i18n';

interface Props {
  /** The last password was wrong. */
  retry: boolean;
  onAnswer: (password: string | null) => void;
}

/** Our own dialog for an encrypted PDF's password (modal, so focus stays in it; Escape cancels). */
export function ReaderPassword({ retry, onAnswer }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  useEffect(() => {
    dialog.current?.showModal();
    input.current?.focus();
  }, []);
  return (
    <dialog
      ref={dialog}
      class="rd-dialog"
      aria-labelledby="rd-password-title"
      onCancel={(event) => {
        event.preventDefault();
        onAnswer(null);
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onAnswer(password);
        }}
      >
        <h2 id="rd-password-title" class="rd-dialog-title">{t('readerPasswordTitle')}</h2>
        <p>{t('readerPasswordText')}</p>
        {retry ? <p class="rd-dialog-error" role="alert">{t('readerPasswordWrong')}</p> : null}
        <label class="rd-label" for="rd-password">{t('readerPasswordLabel')}</label>
        <input id="rd-password" ref={input} type="password" class="rd-text-input" autoComplete="off" value={password} onInput={(event) => setPassword(event.currentTarget.value)} />
        <div class="rd-dialog-actions">
          <button type="button" class="rd-button" onClick={() => onAnswer(null)}>{t('readerPasswordCancel')}</button>
          <button type="submit" class="rd-button rd-primary">{t('readerPasswordOpen')}</button>
        </div>
      </form>
    </dialog>
  );
}
