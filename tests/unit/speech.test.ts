import { describe, expect, it } from 'vitest';
import { pickOfflineVoice } from '../../utils/browser/speech';

const voice = (name: string, lang: string, localService: boolean, isDefault = false) =>
  ({ name, lang, localService, default: isDefault, voiceURI: name }) as SpeechSynthesisVoice;

describe('pickOfflineVoice', () => {
  it('never picks a network voice, even an English default one', () => {
    expect(pickOfflineVoice([voice('Cloud', 'en-US', false, true)])).toBeUndefined();
  });
  it('prefers the default English on-device voice, then any English one', () => {
    const a = voice('A', 'en-GB', true);
    const b = voice('B', 'en-US', true, true);
    expect(pickOfflineVoice([voice('F', 'fr-FR', true, true), a, b])).toBe(b);
    expect(pickOfflineVoice([voice('F', 'fr-FR', true, true), a])).toBe(a);
  });
  it('gives up rather than read an English word with a voice for another language', () => {
    expect(pickOfflineVoice([voice('F', 'fr-FR', true)])).toBeUndefined();
    expect(pickOfflineVoice([])).toBeUndefined();
  });
});
