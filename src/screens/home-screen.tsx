/**
 * Home (`#/`): the decks with their new, learning and due counts (imported ones say where from and
 * when), "study all", the quiz, the interview rehearsal and countdown, and the way to import notes.
 */
import { Suspense, lazy, useMemo } from 'react';
import type { ImportedNotes } from '../core/imported-notes.ts';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { useT } from '../i18n/index.ts';
import { selectHeadlineQuizDeck } from '../store/quiz-selectors.ts';
import { selectDeckCounts } from '../store/selectors.ts';
import { useStore } from '../store/use-store.ts';

// Loaded only when an interview date is set: the plan's code stays out of the first screen's JS.
const InterviewCountdown = lazy(() => import('./secondary-screens.ts').then((m) => ({ default: m.InterviewCountdown })));

export function HomeScreen() {
  const t = useT();
  const decks = useStore((s) => s.collection.decks);
  // The selector returns the same object until progress, settings or the study day change.
  const counts = useStore((s) => selectDeckCounts(s, Date.now()));
  const hasInterview = useStore((s) => s.settings.interviewDate !== null);
  const quizDeck = useStore(selectHeadlineQuizDeck);
  const imports = useStore((s) => s.imports);
  const importsFault = useStore((s) => s.importsFault);
  const importedDecks = useMemo(() => {
    const byDeck = new Map<string, ImportedNotes>();
    for (const notes of imports) for (const deck of notes.collection.decks) byDeck.set(deck.id, notes);
    return byDeck;
  }, [imports]);

  const importLink = (
    <p>
      <a className="button" href="#/import">
        {t.importNotes}
      </a>
    </p>
  );
  const fault = importsFault ? (
    <p role="alert" className="notice">
      {t.importsUnreadable(importsFault.fault)}
    </p>
  ) : null;
  if (decks.length === 0) {
    return (
      <section aria-labelledby="home-title">
        <h1 id="home-title">{t.homeTitle}</h1>
        {fault}
        <p>{t.noDecks}</p>
        {importLink}
      </section>
    );
  }
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t.homeTitle}</h1>
      {fault}
      {hasInterview ? (
        // A countdown that cannot load is left out: the rest of home works without it.
        <ErrorBoundary fallback={null}>
          <Suspense fallback={null}>
            <InterviewCountdown />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <p>
          <a href="#/settings">{t.interviewSetDate}</a>
        </p>
      )}
      <p className="home-total">
        {t.dueToday(counts.total.review + counts.total.learning)} · <a className="button primary" href="#/study">{t.studyAll}</a>
        {quizDeck && (
          <a className="button" href={`#/quiz/${encodeURIComponent(quizDeck.id)}`}>
            {t.quizHeadline(quizDeck.cardCount)}
          </a>
        )}
        <a className="button" href="#/interview">
          {t.interviewRehearse}
        </a>
      </p>
      <table className="decks">
        <thead>
          <tr>
            <th scope="col">{t.deckColumn}</th>
            <th scope="col" className="num">{t.countNew}</th>
            <th scope="col" className="num">{t.countLearning}</th>
            <th scope="col" className="num">{t.countDue}</th>
          </tr>
        </thead>
        <tbody>
          {decks.map((deck) => {
            const c = counts.byDeck[deck.id] ?? { new: 0, learning: 0, review: 0 };
            const from = importedDecks.get(deck.id);
            return (
              <tr key={deck.id} data-testid="deck-row" data-deck-id={deck.id}>
                <th scope="row">
                  <a href={`#/study/${encodeURIComponent(deck.id)}`} aria-label={t.studyDeck(deck.title)}>
                    {deck.title}
                  </a>
                  <span className="deck-size">
                    {t.cards(deck.cardCount)} ·{' '}
                    <a href={`#/quiz/${encodeURIComponent(deck.id)}`} aria-label={t.quizDeck(deck.title)}>
                      {t.navQuiz}
                    </a>
                  </span>
                  {from ? <span className="deck-size deck-source">{t.importedFrom(from.name, from.updatedAt)}</span> : null}
                </th>
                <td className="num count-new">{c.new}</td>
                <td className="num count-learning">{c.learning}</td>
                <td className="num count-due">{c.review}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {importLink}
    </section>
  );
}
