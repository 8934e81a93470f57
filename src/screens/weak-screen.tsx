/**
 * Weak cards (`#/weak`): the cards that give the most trouble, weakest first, each with why it is
 * listed, and "study these now", a session of them whatever their due dates.
 */
import { useMemo, useState } from 'react';
import { AnswerDetails } from '../components/answer-details.tsx';
import type { WeakReason } from '../core/types.ts';
import type { WeakCard } from '../core/weak.ts';
import { useT } from '../i18n/index.ts';
import { modes } from '../i18n/modes-catalog.ts';
import type { ModesMessages } from '../i18n/modes.ru.ts';
import { selectWeakCards } from '../store/mode-selectors.ts';
import { useStore } from '../store/use-store.ts';
import { StudyThese } from './study-these.tsx';
import '../components/modes.css';

/** Rows shown at once; more on request, so a long list does not stall the page. */
const PAGE = 100;

export function WeakScreen() {
  const t = useT(modes);
  const [studying, setStudying] = useState<readonly string[] | null>(null);

  // The list is not mounted during the session: ranking 10,000 cards after every grade would make
  // each key press O(n) (~70 ms measured at 10,000 cards).
  if (studying) return <StudyThese cardIds={studying} title={t.weakStudyTitle} back={t.weakBackToList} onBack={() => setStudying(null)} />;
  return <WeakList onStudy={setStudying} />;
}

function WeakList({ onStudy }: { onStudy: (cardIds: readonly string[]) => void }) {
  const t = useT(modes);
  // Read when the list opens; the ranking is memoised on progress, so re-renders are cheap.
  const [openedAt] = useState(() => Date.now());
  const weak = useStore((s) => selectWeakCards(s, openedAt));
  const deckTitles = useStore((s) => s.collection.decks);
  const titles = useMemo(() => new Map(deckTitles.map((d) => [d.id, d.title])), [deckTitles]);
  const [limit, setLimit] = useState(PAGE);

  return (
    <section className="weak" aria-labelledby="weak-title">
      <h1 id="weak-title">{t.weakTitle}</h1>
      <p className="hint">{t.weakIntro}</p>
      {weak.length === 0 ? (
        <p>{t.weakNone}</p>
      ) : (
        <>
          <p className="weak-actions">
            <span>{t.weakCount(weak.length)}</span>
            <button type="button" className="button primary" onClick={() => onStudy(weak.map((w) => w.card.id))}>
              {t.weakStudyNow}
            </button>
          </p>
          <ol className="weak-list">
            {weak.slice(0, limit).map((w) => (
              <WeakItem key={w.card.id} weak={w} deckTitle={titles.get(w.card.deck) ?? w.card.deck} now={openedAt} />
            ))}
          </ol>
          {weak.length > limit && (
            <button type="button" className="button" onClick={() => setLimit(limit + PAGE)}>
              {t.browseShowMore(Math.min(PAGE, weak.length - limit))}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function reasonText(t: ModesMessages, reason: WeakReason, now: number): string {
  switch (reason.kind) {
    case 'lapses':
      return t.weakReasonLapses(reason.count);
    case 'low-recall':
      return t.weakReasonLowRecall(reason.retrievability);
    case 'recent-again':
      return t.weakReasonRecentAgain(Math.max(0, now - reason.at));
    case 'quiz-misses':
      return t.weakReasonQuizMisses(reason.count);
  }
}

function WeakItem({ weak, deckTitle, now }: { weak: WeakCard; deckTitle: string; now: number }) {
  const t = useT(modes);
  const { card, reasons } = weak;
  return (
    <li className="weak-item" data-testid="weak-card" data-card-id={card.id}>
      <p className="weak-question">{card.question}</p>
      <p className="weak-meta">
        <span className="deck-size">{deckTitle}</span>
      </p>
      <ul className="reasons" aria-label={t.weakReasonsLabel}>
        {reasons.map((r) => (
          <li key={r.kind} className={`reason reason--${r.kind}`}>
            {reasonText(t, r, now)}
          </li>
        ))}
        {card.suspect !== undefined && (
          <li className="reason reason--suspect" title={card.suspect || undefined}>
            <span aria-hidden="true">⚠ </span>
            {t.suspect}
          </li>
        )}
      </ul>
      <AnswerDetails className="weak-answer" summary={t.showAnswer} answer={card.answer} corrections={card.corrections} />
    </li>
  );
}
