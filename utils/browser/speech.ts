/**
 * Chooses a voice for the card's "say it" button. Only voices that run on
 * this device (`localService`) qualify: a network voice would send the word a
 * patient is reading to a speech service, which this extension never does.
 */
export function pickOfflineVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const local = voices.filter((voice) => voice.localService);
  return (
    local.find((voice) => voice.lang.toLowerCase().startsWith('en') && voice.default) ??
    local.find((voice) => voice.lang.toLowerCase().startsWith('en')) ??
    undefined
  );
}
