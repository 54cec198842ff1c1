// Spike fixture: the card as an extension page in a frame.
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const log = (kind, data = {}) => api.runtime.sendMessage({ kind, data, href: location.href, origin: self.origin, top: window === top }).catch(() => {});
  const p = document.createElement('p');
  p.textContent = 'DELTA extension page text';
  const button = document.createElement('button');
  button.textContent = 'DELTA button';
  button.addEventListener('focus', () => log('card-focus', { id: 'delta' }));
  document.addEventListener('keydown', (e) => log('card-key', { key: e.key, trusted: e.isTrusted }), true);
  document.body.append(p, button);
  log('ext-page-ready', {
    referrer: document.referrer,
    ancestorOrigins: location.ancestorOrigins ? [...location.ancestorOrigins] : null,
    msSinceNavigation: performance.now(),
  });
})();
