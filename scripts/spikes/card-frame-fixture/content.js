// Spike fixture (not the product): renders three kinds of "card" so a page's probes can be measured
// against each. Everything it learns goes to the background, which posts it to the spike's server.
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const log = (kind, data = {}) => {
    try {
      api.runtime.sendMessage({ kind, data, href: location.href, origin: self.origin, top: window === top }).catch(() => {});
    } catch (error) {
      /* a frame whose runtime is gone: nothing to report to */
    }
  };

  function measureStyles(doc) {
    const out = {};
    for (const id of ['adopted', 'styleElement', 'styleAttribute', 'cssom']) {
      const el = doc.getElementById(id);
      out[id] = el ? doc.defaultView.getComputedStyle(el).color : 'missing';
    }
    return out;
  }

  /** The card as a content script would render it in a document it owns (the frame's). */
  function renderCard(doc, text) {
    const t0 = performance.now();
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('#adopted { color: rgb(1, 2, 3); } button { font: 16px sans-serif; }');
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    const style = doc.createElement('style');
    style.textContent = '#styleElement { color: rgb(4, 5, 6); }';
    doc.head.append(style);
    const mk = (tag, id, content) => {
      const el = doc.createElement(tag);
      el.id = id;
      el.textContent = content;
      doc.body.append(el);
      return el;
    };
    mk('p', 'adopted', text);
    mk('p', 'styleElement', 'style element');
    mk('p', 'styleAttribute', 'style attribute').setAttribute('style', 'color: rgb(7, 8, 9)');
    mk('p', 'cssom', 'cssom').style.color = 'rgb(10, 11, 12)';
    const button = mk('button', 'cardButton', text.split(' ')[0] + ' button');
    button.addEventListener('focus', () => log('card-focus', { id: 'cardButton' }));
    doc.addEventListener('keydown', (e) => log('card-key', { key: e.key, trusted: e.isTrusted }), true);
    // Whether the page's policy reaches this frame: an image the strict policy (img-src 'none') forbids.
    const img = doc.createElement('img');
    img.addEventListener('load', () => log('frame-image', { loaded: true }));
    img.addEventListener('error', () => log('frame-image', { loaded: false }));
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACwAAAAAAQABAAA=';
    doc.body.append(img);
    return { ms: performance.now() - t0, styles: measureStyles(doc) };
  }

  if (window === top) {
    const variant = new URLSearchParams(location.search).get('v');
    if (!variant) return;
    const start = () => {
      const host = document.createElement('div');
      host.style.cssText = 'position: fixed; left: 40px; top: 200px; width: 420px; height: 220px; background: white; border: 1px solid black;';
      const root = host.attachShadow({ mode: 'closed' });
      document.body.append(host);
      if (variant === 'closed') {
        const p = document.createElement('p');
        p.textContent = 'ALPHA closed root card text';
        const button = document.createElement('button');
        button.textContent = 'ALPHA button';
        button.addEventListener('focus', () => log('card-focus', { id: 'alpha' }));
        root.addEventListener('keydown', (e) => log('card-key', { key: e.key, trusted: e.isTrusted }), true);
        root.append(p, button);
        log('card-ready', { variant });
        return;
      }
      // ?repeat=N: open the card N times in a row and report how long each took to load.
      const repeat = Number(new URLSearchParams(location.search).get('repeat') ?? 1);
      const loadTimes = [];
      const open = (round) => {
        const opened = performance.now();
        const frame = document.createElement('iframe');
        frame.title = 'DM Glossary card';
        frame.style.cssText = 'border: 0; width: 400px; height: 200px;';
        if (variant.startsWith('sandbox')) {
          const secret = crypto.randomUUID();
          if (variant === 'sandbox' || variant === 'sandbox-leaky') frame.setAttribute('sandbox', 'allow-scripts');
          else frame.setAttribute('sandbox', '');
          // The frame's content script reads the secret from its own document; the page cannot reach it
          // (cross-origin frame inside a closed root).
          frame.srcdoc = `<!doctype html><meta name="dmg-secret" content="${secret}"><p id="static">BRAVO static srcdoc text</p><p id="srcdocStyle" style="color: rgb(13, 14, 15)">srcdoc style</p><img id="srcdocImg" src="data:image/gif;base64,R0lGODlhAQABAAAAACwAAAAAAQABAAA=">`;
          frame.addEventListener('load', () => {
            let contentDocument;
            try {
              contentDocument = frame.contentDocument ? `readable (body: ${frame.contentDocument.body?.textContent?.slice(0, 30)})` : 'null';
            } catch (error) {
              contentDocument = `threw ${error.name}`;
            }
            let windowDocument;
            try {
              windowDocument = `readable ${String(frame.contentWindow.document)}`;
            } catch (error) {
              windowDocument = `threw ${error.name}`;
            }
            log('parent-direct', { contentDocument, windowDocument });
            const channel = new MessageChannel();
            channel.port1.onmessage = (e) => log('parent-port-message', { ...e.data, msSinceFrameCreated: performance.now() - opened });
            frame.contentWindow.postMessage({ dmg: secret }, '*', [channel.port2]);
            channel.port1.postMessage({ render: 'CHARLIE rendered by the content script' });
          }, { once: true });
        } else if (variant.startsWith('ext')) {
          frame.src = api.runtime.getURL('card.html');
          log('ext-url', { url: frame.src, id: api.runtime.id });
        }
        root.append(frame);

        frame.addEventListener('load', () => {
          loadTimes.push(performance.now() - opened);
          if (round + 1 < repeat) {
            setTimeout(() => {
              frame.remove();
              open(round + 1);
            }, 50);
          } else if (repeat > 1) log('load-times', { loadTimes });
        }, { once: true });
      };
      open(0);
      if (variant.endsWith('-leaky')) root.append('ECHO text beside the frame');
    };
    if (document.body) start();
    else document.addEventListener('DOMContentLoaded', start, { once: true });
    return;
  }

  // Any child frame: say whether we run here, and serve the card if the parent proves it is us.
  log('frame-started', { sandboxedOpaque: self.origin === 'null', referrer: document.referrer, runtimeId: api.runtime?.id ?? null });
  document.addEventListener('securitypolicyviolation', (e) => log('frame-csp-violation', { directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }));
  api.runtime.onMessage.addListener((message) => {
    if (message?.relay) {
      log('frame-got-relay', { relay: message.relay });
    }
  });
  window.addEventListener('message', (e) => {
    const secret = document.querySelector('meta[name=dmg-secret]')?.content;
    if (!secret || e.data?.dmg !== secret || !e.ports[0]) {
      log('frame-rejected-message', { data: JSON.stringify(e.data)?.slice(0, 80), ports: e.ports.length });
      return;
    }
    const port = e.ports[0];
    port.onmessage = (m) => {
      const result = renderCard(document, m.data.render);
      // What the page's own markup in the srcdoc may do: does the page's policy apply to it?
      const img = document.getElementById('srcdocImg');
      const styled = document.getElementById('srcdocStyle');
      if (img && styled) result.srcdocMarkup = { styleAttribute: getComputedStyle(styled).color, imageLoaded: img.complete && img.naturalWidth > 0 };
      log('frame-rendered', result);
      port.postMessage({ rendered: true, ...result });
    };
  });
})();
