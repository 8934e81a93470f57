/** Before a rehearsal: which decks (the 50 junior questions by default), how many questions, how long each. Enter starts. */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { DEFAULT_QUESTIONS, DEFAULT_SECONDS, QUESTION_CHOICES, SECONDS_CHOICES, drawQuestions } from '../core/interview.ts';
import { useT } from '../i18n/index.ts';
import { interviewStrings } from '../i18n/interview-catalog.ts';
import { selectHeadlineQuizDeck } from '../store/quiz-selectors.ts';
import { useStore, useStoreApi } from '../store/use-store.ts';

export function InterviewIntro() {
  const t = useT(interviewStrings);
  const api = useStoreApi();
  const decks = useStore((s) => s.collection.decks);
  const headline = useStore(selectHeadlineQuizDeck);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(headline ? [headline.id] : []));
  const [count, setCount] = useState<number>(DEFAULT_QUESTIONS);
  const [seconds, setSeconds] = useState<number>(DEFAULT_SECONDS);
  const ids = { title: useId(), count: useId(), seconds: useId(), none: useId() };
  const nothingChosen = chosen.size === 0;

  const toggle = (deckId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(deckId);
    else next.delete(deckId);
    setChosen(next);
  };

  const start = (event: FormEvent) => {
    event.preventDefault();
    if (nothingChosen) return;
    const s = api.getState();
    const now = Date.now();
    const candidates = s.collection.cards.filter((c) => chosen.has(c.deck)).map((c) => ({ id: c.id, progress: s.progress.get(c.id), misses: s.quizMisses.get(c.id) }));
    const deckIds = decks.filter((d) => chosen.has(d.id)).map((d) => d.id);
    s.startInterview({ deckIds, count, seconds }, drawQuestions(candidates, count, now, Math.random), now);
  };

  return (
    <section className="quiz-intro interview-intro" aria-labelledby={ids.title}>
      <h1 id={ids.title}>{t.interviewTitle}</h1>
      <p>{t.interviewIntro}</p>
      {decks.length === 0 ? (
        <p>{t.interviewNoCards}</p>
      ) : (
        <form className="quiz-options" onSubmit={start}>
          <fieldset aria-describedby={nothingChosen ? ids.none : undefined}>
            <legend>{t.interviewDecks}</legend>
            {decks.map((deck) => (
              <label key={deck.id} className="choice">
                <input type="checkbox" checked={chosen.has(deck.id)} onChange={(e) => toggle(deck.id, e.target.checked)} />
                {t.interviewDeckCards(deck.title, deck.cardCount)}
              </label>
            ))}
            {nothingChosen && (
              <p id={ids.none} className="hint" role="status">
                {t.interviewNoDecks}
              </p>
            )}
          </fieldset>
          <p className="interview-selects">
            <label htmlFor={ids.count}>{t.interviewCount}</label>
            <select id={ids.count} value={count} onChange={(e) => setCount(Number(e.target.value))}>
              {QUESTION_CHOICES.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
            <label htmlFor={ids.seconds}>{t.interviewSeconds}</label>
            <select id={ids.seconds} value={seconds} onChange={(e) => setSeconds(Number(e.target.value))}>
              {SECONDS_CHOICES.map((n) => (
                <option key={n} value={n}>
                  {t.interviewMinutes(n)}
                </option>
              ))}
            </select>
          </p>
          {/* Focused at once, so Enter starts, as the keyboard-only user expects. */}
          <button type="submit" className="button primary" autoFocus disabled={nothingChosen} data-testid="interview-start">
            {t.interviewStart}
          </button>
        </form>
      )}
    </section>
  );
}
