import type { PDFDocumentProxy } from 'pdfjs-dist';
import { Component } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getPageMatcher } from '../glossary/page-matcher';
import { t } from '../utils/i18n';
import { openProblemOf, type OpenProblem } from '../utils/reader/errors';
import { stepHit } from '../utils/reader/find';
import { checkBytes, checkSize, describeBytes, MAX_BYTES, MAX_PAGES, tooManyPages } from '../utils/reader/limits';
import type { DocumentTerms } from '../utils/reader/page-terms';
import { openPdf, warmWorker } from '../utils/reader/pdfjs';
import { ReaderSession } from '../utils/reader/reader-session';
import { originPattern, parseSource, readSource, type SourceOutcome } from '../utils/reader/source';
import { browserSourceEnv } from '../utils/reader/source-env';
import { autoZoom, clampPage, fitWidth, parsePageNumber, zoomIn, zoomOut } from '../utils/reader/zoom';
import { loadSettings, watchSettings } from '../utils/settings/store';
import { ReaderPanel, type TermCount } from './ReaderPanel';
import { ReaderPassword } from './ReaderPassword';
import { ReaderToolbar, type FindState } from './ReaderToolbar';

type Problem = OpenProblem | 'needs-permission' | 'file-access-off' | 'file-firefox' | 'network' | 'http' | 'invalid' | 'render';

type Status =
  | { kind: 'empty' }
  | { kind: 'loading'; name: string }
  | { kind: 'problem'; problem: Problem; name?: string; origin?: string; status?: number }
  | { kind: 'ready'; name: string };

/** The reader's plain words for each problem; each ends with what to do next. */
function problemText(status: Extract<Status, { kind: 'problem' }>): string {
  switch (status.problem) {
    case 'not-pdf': return t('readerProblemNotPdf');
    case 'empty': return t('readerProblemEmpty');
    case 'too-big': return t('readerProblemTooBig', describeBytes(MAX_BYTES));
    case 'too-many-pages': return t('readerProblemTooManyPages', MAX_PAGES);
    case 'broken': return t('readerProblemBroken');
    case 'password-cancelled': return t('readerProblemPasswordCancelled');
    case 'needs-permission': return t('readerProblemNeedsPermission', status.origin ?? '');
    case 'file-access-off': return t('readerProblemFileAccessOff');
    case 'file-firefox': return t('readerProblemFileFirefox');
    case 'network': return t('readerProblemNetwork');
    case 'http': return t('readerProblemHttp', status.status ?? 0);
    case 'invalid': return t('readerProblemInvalidSource');
    case 'render':
    case 'unknown': return t('readerProblemUnknown');
  }
}

/** The width pages can take (the container may still be hidden while the first page loads). */
function availableWidth(container: HTMLElement): number {
  return container.clientWidth || document.documentElement.clientWidth;
}

interface PasswordAsk {
  retry: boolean;
  answer: (password: string | null) => void;
}

/**
 * The PDF reader page: opens a file (picker, drag and drop, or
 * `?src=<url>`), shows it with pdf.js and paints the glossary's terms in its
 * text, with the same card as on web pages.
 */
export function Reader() {
  const [status, setStatus] = useState<Status>({ kind: 'empty' });
  const [page, setPage] = useState(1);
  const [pageCount, setPageCount] = useState(0);
  const [zoom, setZoom] = useState(1);
  const [panelOpen, setPanelOpen] = useState(false);
  // The index itself is kept by the session; state holds only the document list and a version, and
  // the current page's list is worked out when the panel shows it.
  const [terms, setTerms] = useState<{ index: DocumentTerms | null; all: TermCount[]; complete: boolean }>({ index: null, all: [], complete: false });
  const [noText, setNoText] = useState(false);
  const [find, setFind] = useState<FindState>({ query: '', count: undefined, index: 0 });
  const [password, setPassword] = useState<PasswordAsk | null>(null);
  const [dragging, setDragging] = useState(false);
  const pages = useRef<HTMLElement>(null);
  const findInput = useRef<HTMLInputElement>(null);
  const session = useRef<ReaderSession | null>(null);
  const opening = useRef(0);

  const reset = () => {
    session.current?.destroy();
    session.current = null;
    setPageCount(0);
    setPage(1);
    setNoText(false);
    setTerms({ index: null, all: [], complete: false });
    setFind({ query: '', count: undefined, index: 0 });
    document.title = t('readerTitle');
  };

  const show = async (bytes: Uint8Array, name: string) => {
    const token = ++opening.current;
    reset();
    setStatus({ kind: 'loading', name });
    let doc: PDFDocumentProxy | undefined;
    let cancelled = false;
    try {
      const task = openPdf(bytes, {
        onPassword: (retry) =>
          new Promise((resolve) => {
            setPassword({
              retry,
              answer: (answer) => {
                setPassword(null);
                if (answer === null) cancelled = true;
                resolve(answer);
              },
            });
          }),
      });
      doc = await task.promise;
      if (token !== opening.current) return void doc.destroy();
      if (tooManyPages(doc.numPages)) {
        void doc.destroy();
        setStatus({ kind: 'problem', problem: 'too-many-pages', name });
        return;
      }
      const [settings, firstPage, metadata] = await Promise.all([loadSettings(), doc.getPage(1), doc.getMetadata().catch(() => null)]);
      if (token !== opening.current) return void doc.destroy();
      const info = metadata?.info as { Title?: unknown } | undefined;
      const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : name;
      document.title = t('readerDocumentTitle', title);
      setStatus({ kind: 'ready', name });
      setPageCount(doc.numPages);
      const container = pages.current!;
      const fitted = autoZoom(availableWidth(container), firstPage.getViewport({ scale: 1 }).width);
      const created = new ReaderSession(container, doc, firstPage, getPageMatcher(settings.categories), {
        look: { style: settings.style, colour: settings.colour },
        density: settings.density,
        title: `${title} ${name}`,
        zoom: fitted,
      }, {
        pageLabel: (n, count) => t('readerPageLabel', n, count),
        onCurrentPage: setPage,
        onTerms: (index, complete) => setTerms({ index, all: index.inDocument(), complete }),
        onNoText: () => setNoText(true),
        onError: (error) => console.warn('DM Glossary reader:', error),
      });
      session.current = created;
      setZoom(fitted);
      window.scrollTo({ top: 0 });
    } catch (error) {
      void doc?.destroy();
      if (token !== opening.current) return;
      const problem = cancelled ? 'password-cancelled' : openProblemOf(error);
      if (problem === 'unknown') console.warn('DM Glossary reader:', error);
      setStatus({ kind: 'problem', problem, name });
    }
  };

  const openFile = async (file: File) => {
    const tooBig = checkSize(file.size);
    if (tooBig) return setStatus({ kind: 'problem', problem: tooBig, name: file.name });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const problem = checkBytes(bytes);
    if (problem) return setStatus({ kind: 'problem', problem, name: file.name });
    await show(bytes, file.name);
  };

  const openOutcome = async (outcome: SourceOutcome) => {
    if (outcome.ok) return show(outcome.bytes, outcome.name);
    reset();
    if (outcome.problem === 'needs-permission') return setStatus({ kind: 'problem', problem: 'needs-permission', origin: outcome.origin });
    if (outcome.problem === 'http') return setStatus({ kind: 'problem', problem: 'http', status: outcome.status });
    setStatus({ kind: 'problem', problem: outcome.problem });
  };

  const openSource = async () => {
    const request = parseSource(location.search);
    if (request.kind === 'none') return;
    setStatus({ kind: 'loading', name: request.kind === 'invalid' ? request.text : request.url });
    await openOutcome(await readSource(request, browserSourceEnv()));
  };

  const askPermission = async (origin: string) => {
    // Must run in the click's own task: browsers grant permission requests only on a user gesture.
    const granted = await browser.permissions.request({ origins: [originPattern(origin)] }).catch(() => false);
    if (granted) await openSource();
  };

  useEffect(() => {
    document.title = t('readerTitle');
    warmWorker();
    void openSource();
    // A new colour or style chosen in the settings repaints the open document at once; which terms
    // and how often apply to the next document opened.
    const unwatch = watchSettings((settings) => session.current?.highlighting.setLook({ style: settings.style, colour: settings.colour }));
    return () => {
      unwatch();
      session.current?.destroy();
    };
  }, []);

  const changeZoom = (next: number) => {
    session.current?.view.setZoom(next);
    setZoom(next);
  };
  const zoomBy = (how: 'in' | 'out' | 'fit') => {
    const view = session.current?.view;
    if (!view) return;
    if (how === 'fit') changeZoom(fitWidth(availableWidth(pages.current!), view.pageWidth()));
    else changeZoom(how === 'in' ? zoomIn(view.zoom) : zoomOut(view.zoom));
  };

  // Ctrl/Cmd + and − zoom the PDF, not the whole page (the toolbar would grow with it); Ctrl/Cmd+0 fits.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!session.current || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (event.key === '+' || event.key === '=') zoomBy('in');
      else if (event.key === '-' || event.key === '_') zoomBy('out');
      else if (event.key === '0') zoomBy('fit');
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Drag and drop a PDF anywhere on the page.
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void openFile(file);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', leave);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    };
  }, []);

  const findGeneration = useRef(0);
  const runFind = async (query: string) => {
    const generation = ++findGeneration.current;
    setFind({ query, count: undefined, index: 0 });
    const current = session.current;
    if (!current) return;
    if (!query.trim()) return current.clearFind();
    const count = await current.find(query);
    if (generation !== findGeneration.current) return;
    const index = count > 0 ? current.firstHitFromHere() : 0;
    setFind({ query, count, index });
    if (count > 0) await current.showHit(index);
  };
  const stepFind = (direction: -1 | 1) => {
    const current = session.current;
    if (!current || !find.count) return;
    const index = stepHit(find.count, find.index, direction);
    setFind({ ...find, index });
    void current.showHit(index);
  };

  const ready = status.kind === 'ready';
  return (
    <div class={`rd-app${panelOpen && ready ? ' rd-with-panel' : ''}${dragging ? ' rd-dragging' : ''}`}>
      <header class="rd-header">
        <h1 class="rd-visually-hidden">{t('readerTitle')}</h1>
        <ReaderToolbar
          ready={ready}
          page={page}
          pageCount={pageCount}
          zoom={zoom}
          panelOpen={panelOpen}
          find={find}
          findInput={findInput}
          onOpenFile={(file) => void openFile(file)}
          onPage={(text) => {
            const target = parsePageNumber(text, pageCount);
            if (target !== null) session.current?.view.goToPage(target);
            else setPage((p) => p);
          }}
          onStepPage={(direction) => session.current?.view.goToPage(clampPage(page + direction, pageCount))}
          onZoom={zoomBy}
          onFind={(query) => void runFind(query)}
          onStepFind={stepFind}
          onTogglePanel={() => setPanelOpen(!panelOpen)}
        />
      </header>
      {status.kind !== 'ready' ? (
        <main class="rd-message-area">
          <Message status={status} onPermission={(origin) => void askPermission(origin)} />
        </main>
      ) : null}
      {ready && noText ? (
        <p class="rd-notice" role="status">{t('readerNoText')}</p>
      ) : null}
      <PagesHost host={pages} shown={ready} label={ready ? status.name : ''} />
      {ready && panelOpen ? (
        <ReaderPanel
          page={page}
          onPage={terms.index?.onPage(page) ?? []}
          inDocument={terms.all}
          complete={terms.complete}
          onClose={() => setPanelOpen(false)}
          onChoose={(entryId, onPage) => void session.current?.openTerm(entryId, onPage)}
        />
      ) : null}
      {password ? <ReaderPassword retry={password.retry} onAnswer={password.answer} /> : null}
    </div>
  );
}

/**
 * The pages' container. Its children are pdf.js's pages, made by PdfView, not by Preact: it is
 * rendered once and never diffed again (a re-render of the reader walked its hundreds of page
 * elements each time the term lists grew); what changes is set on the element directly.
 */
/**
 * The pages' container. Its children are the pages PdfView makes, not Preact's: it renders once
 * and is never diffed again (measured: each re-render of the reader while the term lists grew cost
 * 50-110 ms with 77 pages in it); what changes is set on the element directly.
 */
class PagesHost extends Component<{ host: { current: HTMLElement | null }; shown: boolean; label: string }> {
  override shouldComponentUpdate(): boolean {
    return false;
  }

  override componentDidMount(): void {
    this.apply();
  }

  override componentWillReceiveProps(next: Readonly<{ shown: boolean; label: string }>): void {
    this.apply(next);
  }

  private apply({ shown, label }: Readonly<{ shown: boolean; label: string }> = this.props): void {
    const element = this.props.host.current;
    if (!element) return;
    element.hidden = !shown;
    // The main landmark only while the pages are shown: before a file is open the message area is
    // the page's main, and two (one hidden) were reported as duplicate landmarks (m12).
    if (shown) element.setAttribute('role', 'main');
    else element.removeAttribute('role');
    if (label) element.setAttribute('aria-label', label);
    else element.removeAttribute('aria-label');
  }

  override render() {
    return <div class="rd-pages" ref={this.props.host as { current: HTMLDivElement | null }} hidden />;
  }
}

function Message({ status, onPermission }: { status: Exclude<Status, { kind: 'ready' }>; onPermission: (origin: string) => void }) {
  if (status.kind === 'empty') {
    return (
      <div class="rd-message">
        <h2 class="rd-message-title">{t('readerEmptyTitle')}</h2>
        <p>{t('readerEmptyText')}</p>
        <p class="rd-muted">{t('readerPrivacyNote')}</p>
      </div>
    );
  }
  if (status.kind === 'loading') {
    return (
      <div class="rd-message" role="status">
        <p>{t('readerLoading', status.name)}</p>
      </div>
    );
  }
  return (
    <div class="rd-message rd-problem" role="alert">
      <h2 class="rd-message-title">{status.name ? t('readerProblemTitleNamed', status.name) : t('readerProblemTitle')}</h2>
      <p>{problemText(status)}</p>
      {status.problem === 'needs-permission' && status.origin ? (
        <button type="button" class="rd-button rd-primary" onClick={() => onPermission(status.origin!)}>
          {t('readerAllowSite', status.origin)}
        </button>
      ) : null}
      <p class="rd-muted">{t('readerTryAnother')}</p>
    </div>
  );
}
