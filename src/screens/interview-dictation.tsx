/**
 * Speaking the answer into the field, where the browser has the Web Speech API (Chrome, Edge,
 * Safari); nothing is shown where it has not. Each final phrase is added to what is typed, so
 * typing and speaking mix; the field stays the one place the answer is written.
 */
import { useEffect, useRef, useState } from 'react';
import { useLang, useT } from '../i18n/index.ts';
import { interviewStrings } from '../i18n/interview-catalog.ts';

/** The part of SpeechRecognition used here (lib.dom has no types for it yet). */
interface Recognition {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((event: { resultIndex: number; results: ArrayLike<{ isFinal: boolean; 0: { transcript: string } }> }) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
}
type RecognitionConstructor = new () => Recognition;

function recognitionClass(): RecognitionConstructor | undefined {
  const w = window as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition;
}

export function Dictation({ onWords }: { onWords: (words: string) => void }) {
  const t = useT(interviewStrings);
  const lang = useLang();
  const [listening, setListening] = useState(false);
  const [failed, setFailed] = useState(false);
  const recognition = useRef<Recognition | null>(null);
  const latest = useRef(onWords);
  useEffect(() => {
    latest.current = onWords;
  });
  useEffect(() => () => recognition.current?.stop(), []);

  const Recognition = recognitionClass();
  if (!Recognition) return null;

  const toggle = () => {
    if (listening) {
      recognition.current?.stop();
      return;
    }
    const r = new Recognition();
    r.lang = lang === 'ru' ? 'ru-RU' : 'en-US';
    r.continuous = true;
    r.interimResults = false;
    r.onresult = (event) => {
      for (let i = event.resultIndex; i < event.results.length; i += 1) {
        const result = event.results[i];
        if (result?.isFinal) latest.current(result[0].transcript.trim());
      }
    };
    r.onerror = (event) => {
      if (event.error !== 'no-speech' && event.error !== 'aborted') setFailed(true);
    };
    r.onend = () => setListening(false);
    recognition.current = r;
    setFailed(false);
    try {
      r.start();
      setListening(true);
    } catch {
      setFailed(true);
    }
  };

  return (
    <p className="dictation">
      <button type="button" className="button" aria-pressed={listening} onClick={toggle}>
        {listening ? t.interviewSpeakStop : t.interviewSpeak}
      </button>
      {failed && (
        <span role="alert" className="hint">
          {' '}
          {t.interviewSpeakFailed}
        </span>
      )}
    </p>
  );
}
