import { browser } from 'wxt/browser';

/** The keyboard shortcut the browser has for a command, or undefined if none is set. */
export async function shortcutFor(command: string): Promise<string | undefined> {
  const all = await browser.commands.getAll();
  return all.find((c) => c.name === command)?.shortcut || undefined;
}

/** Opens the browser's own keyboard-shortcut settings: Firefox has an API for it, Chrome a page. */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) return commands.openShortcutSettings();
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
