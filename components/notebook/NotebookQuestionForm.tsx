import { useState } from 'preact/hooks';
import { t, uiLanguage } from '../../utils/browser/i18n';
import { NOTEBOOK_LIMITS } from '../../utils/notebook/schema';
import { notebookErrorText } from './NotebookErrors';

interface Props {
  id: string;
  initial?: string;
  submitLabel: string;
  /** Resolves when saved; a rejection is shown under the field and the text is kept. */
  onSubmit: (text: string) => Promise<unknown>;
  onCancel?: () => void;
  autoFocus?: boolean;
  /** Hears every change of the text, to keep a draft elsewhere. */
  onDraft?: (text: string) => void;
}

/**
 * A question's text field, for adding and for editing. No maxLength: the
 * browser would cut a pasted text silently; the count shows the limit and a
 * longer text is refused with the reason, keeping what was typed.
 */
export function NotebookQuestionForm({ id, initial = '', submitLabel, onSubmit, onCancel, autoFocus, onDraft }: Props) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const over = text.trim().length > NOTEBOOK_LIMITS.questionChars;
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      await onSubmit(text);
      setError(undefined);
      if (!onCancel) setText('');
    } catch (caught) {
      setError(notebookErrorText(caught, text.trim().length));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="nb-form" onSubmit={(e) => void submit(e)}>
      <label class="nb-label" for={id}>
        {t('notebookAddLabel')}
      </label>
      <textarea
        id={id}
        class="nb-textarea"
        rows={3}
        value={text}
        autoFocus={autoFocus}
        aria-describedby={`${id}-count${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onInput={(e) => {
          setText(e.currentTarget.value);
          onDraft?.(e.currentTarget.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && onCancel) {
            e.preventDefault();
            onCancel();
          }
        }}
      />
      <p class={over ? 'nb-count is-over' : 'nb-count'} id={`${id}-count`}>
        {t('notebookChars', text.trim().length.toLocaleString(uiLanguage()), NOTEBOOK_LIMITS.questionChars.toLocaleString(uiLanguage()))}
      </p>
      {error && (
        <p class="nb-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      <div class="nb-form-buttons">
        <button type="submit" class="nb-button nb-primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" class="nb-button" onClick={onCancel}>
            {t('notebookCancel')}
          </button>
        )}
      </div>
    </form>
  );
}
