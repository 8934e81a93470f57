/**
 * A study session of the cards a screen picked (the weak cards, a quiz's or a rehearsal's misses),
 * shown in that screen, with a way back to it. Whatever the cards' due dates, they are studied now.
 */
import { StudyScreen } from './study-screen.tsx';

export interface StudyTheseProps {
  /** Keep the array stable: a new one starts a new session. */
  cardIds: readonly string[];
  title: string;
  /** The way back, as the button says it ("К результатам теста"). */
  back: string;
  onBack: () => void;
}

export function StudyThese({ cardIds, title, back, onBack }: StudyTheseProps) {
  return (
    <>
      <button type="button" className="link-button back-button" onClick={onBack}>
        ← {back}
      </button>
      <StudyScreen deckId={null} cardIds={cardIds} title={title} />
    </>
  );
}
