import { useRef, useState } from 'preact/hooks';
import { t, uiLanguage } from '../../utils/browser/i18n';
import { fileTooLarge, notebookFileName, notebookFileText, TOO_LARGE_PROBLEM, type FileProblem } from '../../utils/notebook/file-format';
import { addsNothing, type ImportPreview } from '../../utils/notebook/merge';
import type { NotebookStore } from '../../utils/notebook/store';
import { notebookErrorText } from './NotebookErrors';

interface Props {
  store: NotebookStore;
  /** A message for the page's status line. */
  announce: (message: string) => void;
}

/** "3 medicines, 2 saved terms, 5 questions": the non-zero counts of what would be added. */
export function previewCounts(add: ImportPreview['add']): string {
  const parts: string[] = [];
  const say = (n: number, one: Parameters<typeof t>[0], many: Parameters<typeof t>[0]) => n > 0 && parts.push(n === 1 ? t(one) : t(many, n.toLocaleString(uiLanguage())));
  say(add.mine.length, 'notebookCountMedicine', 'notebookCountMedicines');
  say(add.saved.length, 'notebookCountSaved', 'notebookCountSavedMany');
  say(add.questions.length, 'notebookCountQuestion', 'notebookCountQuestions');
  return parts.join(', ');
}

/** Starts a download of `text` as `name`, from a Blob: nothing leaves the device. */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: Firefox reads the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const problemDetail = (problem: FileProblem) => ({
  text: t(problem.key, ...problem.subs.map((sub) => (typeof sub === 'number' ? sub.toLocaleString(uiLanguage()) : sub))),
});

/** Export to a file, and import one: read, preview, then confirm. A bad file changes nothing. */
export function NotebookFile({ store, announce }: Props) {
  const [preview, setPreview] = useState<ImportPreview>();
  const [error, setError] = useState<string>();
  /** What is wrong, in the interface's language where the file itself is wrong; a limit or storage failure's own English sentence otherwise. */
  const [detail, setDetail] = useState<{ text: string; lang?: 'en' }>();
  const [inputKey, setInputKey] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportNow = async () => {
    try {
      const name = notebookFileName(new Date());
      download(notebookFileText(await store.exportFile()), name);
      announce(t('notebookExported', name));
    } catch (caught) {
      announce(notebookErrorText(caught));
    }
  };

  const choose = async (input: HTMLInputElement) => {
    setPreview(undefined);
    setError(undefined);
    const file = input.files?.[0];
    if (!file) return;
    if (fileTooLarge(file.size)) {
      setError(t('notebookImportError'));
      setDetail(problemDetail(TOO_LARGE_PROBLEM));
      return;
    }
    try {
      const result = await store.previewImport(await file.text());
      if (result.ok) setPreview(result.preview);
      else {
        setError(t('notebookImportError'));
        setDetail(result.problem ? problemDetail(result.problem) : { text: result.error, lang: 'en' });
      }
    } catch (caught) {
      setError(t('notebookImportError'));
      setDetail({ text: caught instanceof Error ? caught.message : String(caught), lang: 'en' });
    }
  };

  const reset = () => {
    setPreview(undefined);
    // A new input, so choosing the same file again fires a change.
    setInputKey((k) => k + 1);
  };

  const confirm = async () => {
    if (!preview) return;
    try {
      await store.applyImport(preview);
      reset();
      announce(t('notebookImportDone'));
    } catch (caught) {
      setError(notebookErrorText(caught));
      setDetail(undefined);
    }
  };

  const skipped = preview ? preview.skipped.mine + preview.skipped.saved + preview.skipped.questions : 0;
  return (
    <section class="nb-section" aria-labelledby="nb-file-title" data-notebook-file>
      <h2 id="nb-file-title">{t('notebookFileTitle')}</h2>
      <p class="nb-hint">{t('notebookFileHint')}</p>
      <div class="nb-file-row">
        <button type="button" class="nb-button" data-export onClick={() => void exportNow()}>
          {t('notebookExport')}
        </button>
        {/* A button like its neighbour that opens the picker; the bare file control stays for
            screen readers and tests, out of sight (UX review m11). */}
        <button type="button" class="nb-button" data-import-button onClick={() => fileInput.current?.click()}>
          {t('notebookImport')}
        </button>
        <input
          key={inputKey}
          ref={fileInput}
          class="nb-file-input"
          type="file"
          accept=".json,application/json"
          aria-label={t('notebookImport')}
          tabIndex={-1}
          data-import
          onChange={(e) => void choose(e.currentTarget)}
        />
      </div>
      {error && (
        <div class="nb-import-error" role="alert" data-import-error>
          <p>
            <strong>{error}</strong>
          </p>
          {detail && <p lang={detail.lang}>{detail.text}</p>}
        </div>
      )}
      {preview && (
        <div class="nb-preview" role="status" data-import-preview>
          <p>{addsNothing(preview) ? t('notebookImportNothing') : t('notebookImportWillAdd', previewCounts(preview.add))}</p>
          {skipped > 0 && !addsNothing(preview) && <p class="nb-hint">{t('notebookImportSkipped', skipped.toLocaleString(uiLanguage()))}</p>}
          <div class="nb-form-buttons">
            {!addsNothing(preview) && (
              <button type="button" class="nb-button nb-primary" data-import-confirm onClick={() => void confirm()}>
                {t('notebookImportConfirm')}
              </button>
            )}
            <button type="button" class="nb-button" onClick={reset}>
              {t('notebookCancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
