import { CardFrameSecrets } from '../card-frame/secrets';
import { cardFrameSecretRequest, type CardFrameClaim } from '../card-frame/protocol';
import { contentScriptTab, type Self, type SenderLike } from './senders';

const isClaim = (message: unknown): message is CardFrameClaim =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'dmg:card-frame-claim' && typeof (message as { secret?: unknown }).secret === 'string';

/**
 * The reply to a card-frame message, or undefined for another listener's. A secret goes to one
 * of our content scripts (the parent); a claim comes from our script in the card frame, of the
 * same tab.
 */
export function answerCardFrame(secrets: CardFrameSecrets, message: unknown, sender: SenderLike, self: Self, now: number): Promise<unknown> | undefined {
  const isSecretRequest = typeof message === 'object' && message !== null && (message as { type?: unknown }).type === cardFrameSecretRequest.type;
  const claim = isClaim(message) ? message : undefined;
  if (!isSecretRequest && !claim) return undefined;
  const tabId = contentScriptTab(sender, self);
  if (tabId === undefined) return Promise.resolve(isSecretRequest ? null : false);
  // What guards the card is the secret itself: only our parent script asks for one, and only a
  // frame it wrote can hold it (the page cannot read the closed root the frame is in).
  if (isSecretRequest) return Promise.resolve(secrets.issue(tabId, now));
  return Promise.resolve(!!claim && secrets.claim(tabId, claim.secret, now));
}

interface Api {
  runtime: {
    id: string;
    getURL(path: string): string;
    onMessage: { addListener(listener: (message: unknown, sender: SenderLike) => Promise<unknown> | undefined): void };
  };
}

export function serveCardFrames(api: Api): void {
  const secrets = new CardFrameSecrets(() => crypto.randomUUID());
  const self: Self = { id: api.runtime.id, origin: api.runtime.getURL('/') };
  api.runtime.onMessage.addListener((message: unknown, sender: SenderLike) => answerCardFrame(secrets, message, sender, self, Date.now()));
}
