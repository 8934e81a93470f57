/**
 * Browse's list of matching cards: every match in the DOM for a small collection, a window of them
 * for a large one.
 *
 * Why a window: at 10,000 cards a search that mounted a page of 100 rows took 20–27 ms from the key
 * press to the paint (React 5 ms, style and layout 6 ms, paint 3 ms, plus a frame between the input
 * and the deferred list), more than the one frame (16.7 ms) the issue asks for. Mounting only the
 * rows on screen plus a few either side, in the key press's own frame, takes 12 ms at the median
 * (`npm run bench -- --only=search`). The window follows the page's own scroll, so the page scrolls
 * as before and the list stays one `<ul>` of rows.
 */
import { memo, useCallback, useId, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { stateLabel } from '../components/labels.ts';
import type { Card, CardMark, CardState } from '../core/types.ts';
import { useT } from '../i18n/index.ts';
import { modes } from '../i18n/modes-catalog.ts';
import { BrowseDetail } from './browse-detail.tsx';

/**
 * Collections of up to this many cards list every match: tests and scripts count rows on the real
 * notes (64 cards), and 200 rows still mount in a few frames. Larger collections get a window.
 */
export const FULL_LIST_MAX = 200;
/** A row's height before it is measured (px): a one-line question over its meta line, as measured at desktop width. */
const ROW_ESTIMATE = 62;
/** Rows mounted beyond each edge of the screen, so Tab and a quick scroll find a row waiting. */
const OVERSCAN = 6;

/** What a row shows of a card besides the card itself. */
export interface RowFacts {
  state: CardState;
  mark: CardMark | undefined;
  deckTitle: string;
  open: boolean;
}

interface BrowseListProps {
  /** The matches, in the order listed. */
  cards: readonly Card[];
  /** Window the list (a large collection) or mount every match. */
  windowed: boolean;
  facts: (card: Card) => RowFacts;
  onToggle: (cardId: string) => void;
}

/** Where a row of a windowed list stands, and the ref that measures it. */
interface Slot {
  index: number;
  setSize: number;
  measure: (el: HTMLLIElement | null) => void;
}

/** The list of matches; rows are keyed by card id, so a row that stays across a search is kept. */
export function BrowseList({ cards, windowed, facts, onToggle }: BrowseListProps) {
  const row = (card: Card, slot?: Slot) => (
    <BrowseRow key={card.id} card={card} {...facts(card)} onToggle={onToggle} index={slot?.index} setSize={slot?.setSize} measure={slot?.measure} />
  );
  if (!windowed) return <ul className="browse-list">{cards.map((card) => row(card))}</ul>;
  return <WindowedList cards={cards} row={row} />;
}

/** The rows on screen and a few either side; the rest stand as padding, so the page keeps its height. */
function WindowedList({ cards, row }: { cards: readonly Card[]; row: (card: Card, slot: Slot) => ReactNode }) {
  const listRef = useRef<HTMLUListElement>(null);
  // Where the list starts in the page: the window's scroll offset is counted from the page's top.
  // Read after every render, before paint: the count line above can wrap, a resize can rewrap the
  // filters. The comparison ends the chain after one more render at most.
  const [listTop, setListTop] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const top = Math.round(list.getBoundingClientRect().top + window.scrollY);
    if (top !== listTop) setListTop(top);
  });
  const getItemKey = useCallback((i: number) => (cards[i] as Card).id, [cards]);
  const virtualizer = useWindowVirtualizer({
    count: cards.length,
    estimateSize: () => ROW_ESTIMATE,
    overscan: OVERSCAN,
    scrollMargin: listTop,
    getItemKey,
    // The screen's size from the first render, so the first commit already mounts a screenful.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const padTop = first ? first.start - listTop : 0;
  const padBottom = last ? virtualizer.getTotalSize() - (last.end - listTop) : 0;
  return (
    <ul ref={listRef} className="browse-list" style={{ paddingTop: padTop, paddingBottom: padBottom }}>
      {items.map((item) => row(cards[item.index] as Card, { index: item.index, setSize: cards.length, measure: virtualizer.measureElement }))}
    </ul>
  );
}

interface BrowseRowProps extends RowFacts {
  card: Card;
  onToggle: (cardId: string) => void;
  /** In a windowed list: the row's position (from 0), the list's length, and its measuring ref. */
  index?: number | undefined;
  setSize?: number | undefined;
  measure?: ((el: HTMLLIElement | null) => void) | undefined;
}

const BrowseRow = memo(function BrowseRow({ card, state, mark, deckTitle, open, onToggle, index, setSize, measure }: BrowseRowProps) {
  const t = useT(modes);
  const detailId = useId();
  return (
    <li
      ref={measure}
      className="browse-row"
      data-testid="browse-row"
      data-card-id={card.id}
      data-state={state}
      data-index={index}
      // A windowed list holds only some rows: say where this one stands among all of them.
      aria-posinset={index === undefined ? undefined : index + 1}
      aria-setsize={setSize}
    >
      <button type="button" className="browse-toggle" aria-expanded={open} aria-controls={open ? detailId : undefined} onClick={() => onToggle(card.id)}>
        <span className="browse-question">{card.question}</span>
        <span className="browse-meta">
          <span>{deckTitle}</span>
          <span className={`state-badge state-badge--${state}`}>{stateLabel(t, state)}</span>
          {mark?.flagged && (
            <span className="mark-badge mark-badge--flag">
              <span aria-hidden="true">⚑ </span>
              {mark.note ? `${t.markFlagged}: ${mark.note}` : t.markFlagged}
            </span>
          )}
          {mark?.starred && (
            <span className="mark-badge">
              <span aria-hidden="true">★ </span>
              {t.markStarred}
            </span>
          )}
          {card.suspect !== undefined && (
            <span className="mark-badge mark-badge--suspect">
              <span aria-hidden="true">⚠ </span>
              {t.suspect}
            </span>
          )}
        </span>
      </button>
      {open && <BrowseDetail card={card} id={detailId} />}
    </li>
  );
});
