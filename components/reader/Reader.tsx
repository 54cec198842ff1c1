import type { PDFDocumentProxy } from 'pdfjs-dist';
import { Component } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getPageMatcher } from '../../glossary/page-matcher';
import { t, uiLanguage } from '../../utils/browser/i18n';
import { OPEN_SECONDS, openProblemOf, withinTime, type OpenProblem } from '../../utils/reader/errors';
import { stepHit } from '../../utils/reader/find';
import { checkBytes, checkSize, describeBytes, MAX_BYTES, MAX_PAGES, tooManyPages } from '../../utils/reader/limits';
import type { DocumentTerms } from '../../utils/reader/page-terms';
import { openPdf, warmWorker, type OpenedPdf } from '../../utils/reader/pdfjs';
import { ReaderSession } from '../../utils/reader/reader-session';
import { originPattern, parseSource, readSource, STALL_SECONDS, type SourceOutcome } from '../../utils/reader/source';
import { browserSourceEnv } from '../../utils/reader/source-env';
import { autoZoom, clampPage, fitWidth, parsePageNumber, zoomIn, zoomOut } from '../../utils/reader/zoom';
import { loadSettings, watchSettings } from '../../utils/settings/store';
import { ReaderPanel, type TermCount } from './ReaderPanel';
import { ReaderPassword } from './ReaderPassword';
import { ReaderToolbar, type FindState } from './ReaderToolbar';
import { ReaderCard } from './reader-card';

type Problem = OpenProblem | 'needs-permission' | 'file-access-off' | 'file-firefox' | 'network' | 'http' | 'invalid' | 'render' | 'stalled' | 'redirected';

type Status =
  | { kind: 'empty' }
  | { kind: 'loading'; name: string; bytes?: number }
  | { kind: 'problem'; problem: Problem; name?: string; origin?: string; status?: number; url?: string; seconds?: number }
  | { kind: 'ready'; name: string };

/** A page's notes, in the reader's language (utils/reader/pdf-view.ts puts them on the page). */
const PAGE_TEXTS = {
  drawing: (page: number) => t('readerPageDrawing', page),
  slow: (page: number) => t('readerPageSlow', page),
  stop: t('readerPageStop'),
  stopped: (page: number) => t('readerPageStopped', page),
  failed: (page: number) => t('readerPageFailed', page),
};

/** The reader's plain words for each problem; each ends with what to do next. */
function problemText(status: Extract<Status, { kind: 'problem' }>): string {
  switch (status.problem) {
    case 'not-pdf': return t('readerProblemNotPdf');
    case 'empty': return t('readerProblemEmpty');
    case 'too-big': return t('readerProblemTooBig', describeBytes(MAX_BYTES, uiLanguage()));
    case 'too-many-pages': return t('readerProblemTooManyPages', MAX_PAGES);
    case 'broken': return t('readerProblemBroken');
    case 'password-cancelled': return t('readerProblemPasswordCancelled');
    case 'too-slow': return t('readerProblemTooSlow', OPEN_SECONDS);
    case 'stalled': return t('readerProblemStalled', status.seconds ?? 0);
    case 'redirected': return t('readerProblemRedirected', status.origin ?? '');
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

/**
 * Keeps `--rd-header-h` equal to the sticky header's height: the toolbar wraps to two rows or more
 * on narrow windows, with A+ and in Spanish (longer labels), and the terms panel and scrolling to
 * a heading must start below it, not under it.
 */
function useHeaderHeight(header: { current: HTMLElement | null }): void {
  useLayoutEffect(() => {
    const el = header.current;
    if (!el) return;
    const root = document.documentElement.style;
    const update = () => root.setProperty('--rd-header-h', `${Math.ceil(el.getBoundingClientRect().height)}px`);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.removeProperty('--rd-header-h');
    };
  }, [header]);
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
  const [noText, setNoText] = useState<'scan' | 'form' | null>(null);
  const [xfa, setXfa] = useState(false);
  const [unreadable, setUnreadable] = useState<readonly number[]>([]);
  const [find, setFind] = useState<FindState>({ query: '', count: undefined, index: 0 });
  const [password, setPassword] = useState<PasswordAsk | null>(null);
  const [dragging, setDragging] = useState(false);
  const pages = useRef<HTMLElement>(null);
  const header = useRef<HTMLElement>(null);
  useHeaderHeight(header);
  const findInput = useRef<HTMLInputElement>(null);
  const session = useRef<ReaderSession | null>(null);
  const opened = useRef<OpenedPdf | null>(null);
  const opening = useRef(0);

  const reset = () => {
    session.current?.destroy();
    session.current = null;
    // Ends the last document's worker too, whatever it is busy with.
    opened.current?.close();
    opened.current = null;
    setPageCount(0);
    setPage(1);
    setNoText(null);
    setXfa(false);
    setUnreadable([]);
    setTerms({ index: null, all: [], complete: false });
    setFind({ query: '', count: undefined, index: 0 });
    document.title = t('readerTitle');
  };

  const show = async (bytes: Uint8Array, name: string) => {
    const token = ++opening.current;
    reset();
    setStatus({ kind: 'loading', name });
    let cancelled = false;
    // The clock for opening stops while the reader is asked for a password.
    const clock: { onChange?: (paused: boolean) => void } = {};
    const handle = openPdf(bytes, {
      onPassword: (retry) =>
        new Promise((resolve) => {
          clock.onChange?.(true);
          setPassword({
            retry,
            answer: (answer) => {
              setPassword(null);
              if (answer === null) cancelled = true;
              else clock.onChange?.(false);
              resolve(answer);
            },
          });
        }),
    });
    opened.current = handle;
    const stale = () => token !== opening.current;
    try {
      const doc: PDFDocumentProxy = await withinTime(handle.task.promise, OPEN_SECONDS, clock);
      if (stale()) return;
      if (tooManyPages(doc.numPages)) {
        reset();
        setStatus({ kind: 'problem', problem: 'too-many-pages', name });
        return;
      }
      const [settings, firstPage, metadata] = await withinTime(Promise.all([loadSettings(), doc.getPage(1), doc.getMetadata().catch(() => null)]), OPEN_SECONDS, {});
      if (stale()) return;
      const info = metadata?.info as { Title?: unknown; IsXFAPresent?: unknown } | undefined;
      const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : name;
      document.title = t('readerDocumentTitle', title);
      setStatus({ kind: 'ready', name });
      setPageCount(doc.numPages);
      // pdf.js draws an XFA form's stand-in page, often only "Please wait…": the reader says why.
      setXfa(info?.IsXFAPresent === true);
      const container = pages.current!;
      const fitted = autoZoom(availableWidth(container), firstPage.getViewport({ scale: 1 }).width);
      const created = new ReaderSession(container, doc, firstPage, getPageMatcher(settings.categories), {
        look: { style: settings.style, colour: settings.colour },
        density: settings.density,
        title: `${title} ${name}`,
        zoom: fitted,
      }, {
        createCard: (places) => new ReaderCard(places),
        pageLabel: (n, count) => t('readerPageLabel', n, count),
        onCurrentPage: setPage,
        onTerms: (index, complete) => setTerms({ index, all: index.inDocument(), complete }),
        onNoText: (why) => setNoText(why),
        onUnreadablePages: (list) => setUnreadable(list),
        onError: (error) => console.warn('DM Glossary reader:', error),
        pageTexts: PAGE_TEXTS,
      });
      session.current = created;
      // The next file's worker starts once this one is read, off the critical path of either.
      void created.indexed.then(() => token === opening.current && warmWorker());
      setZoom(fitted);
      window.scrollTo({ top: 0 });
    } catch (error) {
      if (stale()) return;
      reset();
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
    if (outcome.problem === 'stalled') return setStatus({ kind: 'problem', problem: 'stalled', seconds: outcome.seconds });
    if (outcome.problem === 'redirected') return setStatus({ kind: 'problem', problem: 'redirected', url: outcome.url, origin: outcome.origin });
    setStatus({ kind: 'problem', problem: outcome.problem });
  };

  const openSource = async () => {
    const request = parseSource(location.search);
    if (request.kind === 'none') return;
    // A file opened while this one downloads wins: the download's progress and result are dropped.
    const token = ++opening.current;
    const name = request.kind === 'invalid' ? request.text : request.url;
    setStatus({ kind: 'loading', name });
    let shown = 0;
    const outcome = await readSource(request, browserSourceEnv(), {
      maxBytes: MAX_BYTES,
      stallSeconds: STALL_SECONDS,
      // How much has arrived, twice a second at most: a slow download is seen to move.
      onProgress: (bytes) => {
        if (token !== opening.current || performance.now() - shown < 500) return;
        shown = performance.now();
        setStatus({ kind: 'loading', name, bytes });
      },
    });
    if (token === opening.current) await openOutcome(outcome);
  };

  /** Opens the address a redirect led to, once the reader asks to (its own site is named first). */
  const openRedirect = async (url: string) => {
    history.replaceState(null, '', `?src=${encodeURIComponent(url)}`);
    await openSource();
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
      opened.current?.close();
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
      <header class="rd-header" ref={header}>
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
          <Message status={status} onPermission={(origin) => void askPermission(origin)} onRedirect={(url) => void openRedirect(url)} />
        </main>
      ) : null}
      {ready && noText ? (
        <p class="rd-notice" role="status">{t(noText === 'form' ? 'readerFormText' : 'readerNoText')}</p>
      ) : null}
      {ready && xfa ? (
        <p class="rd-notice" role="status">{t('readerXfa')}</p>
      ) : null}
      {ready && unreadable.length > 0 ? (
        <p class="rd-notice" role="status">{t('readerPagesUnreadable', unreadable.join(', '))}</p>
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

function Message({ status, onPermission, onRedirect }: { status: Exclude<Status, { kind: 'ready' }>; onPermission: (origin: string) => void; onRedirect: (url: string) => void }) {
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
        {status.bytes !== undefined && status.bytes >= 0.1 * 1024 * 1024 ? <p class="rd-muted">{t('readerDownloaded', describeBytes(status.bytes, uiLanguage()))}</p> : null}
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
      {status.problem === 'redirected' && status.url ? (
        <button type="button" class="rd-button rd-primary" onClick={() => onRedirect(status.url!)}>
          {t('readerOpenRedirect', status.origin ?? '')}
        </button>
      ) : null}
      <p class="rd-muted">{t('readerTryAnother')}</p>
    </div>
  );
}
