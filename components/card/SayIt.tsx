import { useEffect, useState } from 'preact/hooks';
import { t as uiT } from '../../utils/browser/i18n';
import type { Translate } from '../../utils/card-data/card-labels';
import { pickOfflineVoice } from '../../utils/browser/speech';

function synth(): SpeechSynthesis | undefined {
  return typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
}

/** Reads `word` aloud with an on-device voice; renders nothing where there is none. */
export function SayIt({ word, t = uiT }: { word: string; t?: Translate }) {
  const [voice, setVoice] = useState(() => pickOfflineVoice(synth()?.getVoices() ?? []));
  useEffect(() => {
    const speech = synth();
    if (!speech || voice) return;
    // Voices arrive asynchronously in Chromium.
    const update = () => setVoice(pickOfflineVoice(speech.getVoices()));
    speech.addEventListener('voiceschanged', update);
    return () => speech.removeEventListener('voiceschanged', update);
  }, [voice]);
  if (!voice) return null;
  const say = () => {
    const utterance = new SpeechSynthesisUtterance(word);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.85;
    synth()?.cancel();
    synth()?.speak(utterance);
  };
  return (
    <button type="button" class="tc-sayit" onClick={say} aria-label={t('cardSayAloud', word)} title={t('cardSayTitle')}>
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" />
      </svg>
    </button>
  );
}
