/** Elements of ours in the page (the card's host): never scanned, never mistaken for the page's own UI. */
const ownHosts = new WeakSet<Element>();

export function markOwnHost(element: Element): void {
  ownHosts.add(element);
}

export function isOwnHost(element: Element): boolean {
  return ownHosts.has(element);
}
