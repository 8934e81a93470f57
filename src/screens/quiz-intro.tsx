/** Before a quiz: how many questions, in order or shuffled, typed answers or not. Enter starts. */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { Deck, QuizOrder } from '../core/types.ts';
import { useT } from '../i18n/index.ts';
import { modes } from '../i18n/modes-catalog.ts';
import { useStoreApi } from '../store/use-store.ts';

export function QuizIntro({ deck }: { deck: Deck }) {
  const t = useT(modes);
  const api = useStoreApi();
  const [order, setOrder] = useState<QuizOrder>('in-order');
  const [typeAnswers, setTypeAnswers] = useState(false);
  const ids = { title: useId(), order: useId(), type: useId(), typeHint: useId() };

  const start = (event: FormEvent) => {
    event.preventDefault();
    api.getState().startQuiz(deck.id, { order, typeAnswers }, Date.now());
  };

  return (
    <section className="quiz-intro" aria-labelledby={ids.title}>
      <h1 id={ids.title}>{t.quizTitle(deck.title)}</h1>
      <p>
        <strong>{t.quizQuestions(deck.cardCount)}</strong>. {t.quizIntro}
      </p>
      {deck.cardCount === 0 ? (
        <p>{t.quizEmptyDeck}</p>
      ) : (
        <form className="quiz-options" onSubmit={start}>
          <fieldset>
            <legend>{t.quizOrderLabel}</legend>
            {(['in-order', 'shuffled'] as const).map((value) => (
              <label key={value} className="choice">
                <input type="radio" name={ids.order} value={value} checked={order === value} onChange={() => setOrder(value)} />
                {value === 'in-order' ? t.quizOrderInOrder : t.quizOrderShuffled}
              </label>
            ))}
          </fieldset>
          <label className="choice">
            <input type="checkbox" checked={typeAnswers} onChange={(e) => setTypeAnswers(e.target.checked)} aria-describedby={ids.typeHint} />
            {t.quizTypeAnswers}
          </label>
          <p id={ids.typeHint} className="hint">
            {t.quizTypeAnswersHint}
          </p>
          {/* Focused at once, so Enter starts the quiz, as the keyboard-only user expects. */}
          <button type="submit" className="button primary" autoFocus>
            {t.quizStart}
          </button>
        </form>
      )}
    </section>
  );
}
