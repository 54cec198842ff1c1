/**
 * Chooses a voice for the card's "say it" button. Only voices that run on
 * this device (`localService`) qualify: a network voice would send the word a
 * patient is reading to a speech service, which this extension never does.
 */
export function pickOfflineVoice(voices: readonly SpeechSynthesisVoice[], lang = 'en'): SpeechSynthesisVoice | undefined {
  const local = voices.filter((voice) => voice.localService);
  const speaks = (voice: SpeechSynthesisVoice) => voice.lang.toLowerCase().startsWith(lang);
  return local.find((voice) => speaks(voice) && voice.default) ?? local.find(speaks) ?? undefined;
}
