// Spike fixture: collects what the scripts report and posts it to the spike's local server.
const api = globalThis.browser ?? globalThis.chrome;
const SERVER = '__SERVER__';
api.runtime.onMessage.addListener((message, sender) => {
  const entry = { ...message, frameId: sender.frameId, senderUrl: sender.url, senderOrigin: sender.origin ?? null, at: Date.now() };
  fetch(`${SERVER}/log`, { method: 'POST', body: JSON.stringify(entry) }).catch(() => {});
  if (message.kind === 'frame-started' && sender.tab) {
    // The background can reach one frame by its frameId: the other safe channel.
    api.tabs.sendMessage(sender.tab.id, { relay: 'hello from the background' }, { frameId: sender.frameId }).catch(() => {});
  }
});
