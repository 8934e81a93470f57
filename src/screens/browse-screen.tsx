/**
 * Browse (`#/browse`): every card, full-text search over questions and answers (case and ё/е
 * ignored), filters by deck, state, weak, flagged and starred, and a card's detail on demand.
 *
 * At 10,000 cards: the search index is built once (src/core/search.ts), a key press is one scan of
 * it (~1 ms), and the list mounts only the rows on screen (./browse-list.tsx), so the matches are
 * painted in the key press's own frame. No deferred rendering: it painted the field in one frame
 * and the list in a later one, which alone put a search past a frame.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { downloadText } from '../components/download.ts';
import { marksToMarkdown } from '../core/marks-checklist.ts';
import { searchCards } from '../core/search.ts';
import type { Card, CardState } from '../core/types.ts';
import { useT } from '../i18n/index.ts';
import { modes } from '../i18n/modes-catalog.ts';
import { selectSearchIndex, selectStateOf, selectWeakIds } from '../store/mode-selectors.ts';
import { useStore } from '../store/use-store.ts';
import { stateLabel } from '../components/labels.ts';
import { BrowseList, FULL_LIST_MAX } from './browse-list.tsx';
import type { RowFacts } from './browse-list.tsx';
import '../components/modes.css';

const STATES: readonly CardState[] = ['new', 'learning', 'review', 'relearning'];

interface Filters {
  deck: string;
  state: CardState | '';
  weak: boolean;
  flagged: boolean;
  starred: boolean;
}
const NO_FILTERS: Filters = { deck: '', state: '', weak: false, flagged: false, starred: false };

/** "/" jumps to the search field, as on many sites, unless the learner is typing somewhere. */
function useSlashToSearch(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as Element | null;
      if (target?.closest?.('input, textarea, select, [contenteditable]')) return;
      event.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [input]);
}

export function BrowseScreen() {
  const t = useT(modes);
  const index = useStore(selectSearchIndex);
  const decks = useStore((s) => s.collection.decks);
  const stateOf = useStore(selectStateOf);
  const marks = useStore((s) => s.marks);
  const [openedAt] = useState(() => Date.now());
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const weakIds = useStore((s) => (filters.weak ? selectWeakIds(s, openedAt) : null));
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const searchRef = useRef<HTMLInputElement>(null);
  const ids = { title: useId(), search: useId(), deck: useId(), state: useId(), keyHint: useId() };
  useSlashToSearch(searchRef);

  const matches = useMemo(() => searchCards(index, query), [index, query]);
  const results = useMemo(() => {
    const out: Card[] = [];
    for (const i of matches) {
      const card = index.cards[i] as Card;
      if (filters.deck && card.deck !== filters.deck) continue;
      if (filters.state && stateOf(card.id) !== filters.state) continue;
      if (weakIds && !weakIds.has(card.id)) continue;
      const mark = marks.get(card.id);
      if (filters.flagged && !mark?.flagged) continue;
      if (filters.starred && !mark?.starred) continue;
      out.push(card);
    }
    return out;
  }, [index, matches, filters, stateOf, weakIds, marks]);

  const toggle = useCallback((cardId: string) => {
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(cardId)) next.add(cardId);
      return next;
    });
  }, []);
  const titles = useMemo(() => new Map(decks.map((d) => [d.id, d.title])), [decks]);
  const facts = (card: Card): RowFacts => ({
    state: stateOf(card.id),
    mark: marks.get(card.id),
    deckTitle: titles.get(card.deck) ?? card.deck,
    open: open.has(card.id),
  });
  const counts = useMemo(() => {
    let flagged = 0;
    let starred = 0;
    for (const m of marks.values()) {
      if (m.flagged) flagged += 1;
      if (m.starred) starred += 1;
    }
    return { flagged, starred };
  }, [marks]);

  const exportMarks = () => {
    const text = marksToMarkdown(marks, index.cards, {
      title: t.checklistTitle,
      flagged: t.checklistFlagged,
      starred: t.checklistStarred,
      missingCard: t.checklistMissing,
    });
    const d = new Date();
    const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    downloadText(`flashcards-flags-${day}.md`, text);
  };
  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));

  return (
    <section className="browse" aria-labelledby={ids.title}>
      <h1 id={ids.title}>{t.browseTitle}</h1>
      <div className="browse-search">
        <label htmlFor={ids.search}>{t.browseSearchLabel}</label>
        <input
          ref={searchRef}
          id={ids.search}
          type="search"
          value={query}
          placeholder={t.browseSearchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={ids.keyHint}
          aria-keyshortcuts="/"
          onChange={(e) => setQuery(e.target.value)}
        />
        <span id={ids.keyHint} className="hint">
          {t.browseSearchKey}
        </span>
      </div>
      <fieldset className="browse-filters">
        <legend className="sr-only">{t.browseFilters}</legend>
        <div className="filter-field">
          <label htmlFor={ids.deck}>{t.browseDeck}</label>
          <select id={ids.deck} value={filters.deck} onChange={(e) => set({ deck: e.target.value })}>
            <option value="">{t.browseAllDecks}</option>
            {decks.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor={ids.state}>{t.browseState}</label>
          <select id={ids.state} value={filters.state} onChange={(e) => set({ state: e.target.value as CardState | '' })}>
            <option value="">{t.browseAnyState}</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {stateLabel(t, s)}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-checks">
          <label className="choice">
            <input type="checkbox" checked={filters.weak} onChange={(e) => set({ weak: e.target.checked })} />
            {t.browseOnlyWeak}
          </label>
          <label className="choice">
            <input type="checkbox" checked={filters.flagged} onChange={(e) => set({ flagged: e.target.checked })} />
            {t.browseOnlyFlagged}
          </label>
          <label className="choice">
            <input type="checkbox" checked={filters.starred} onChange={(e) => set({ starred: e.target.checked })} />
            {t.browseOnlyStarred}
          </label>
        </div>
      </fieldset>
      <div className="browse-bar">
        <p role="status" className="browse-count">
          {results.length === 0 ? t.browseNothingFound : t.browseFound(results.length)}
        </p>
        <p className="browse-export">
          <span className="hint">{t.browseMarked(counts.flagged, counts.starred)}</span>{' '}
          <button type="button" className="link-button" onClick={exportMarks} disabled={marks.size === 0} title={marks.size === 0 ? t.browseExportNone : undefined}>
            {t.browseExport}
          </button>
        </p>
      </div>
      <BrowseList cards={results} windowed={index.cards.length > FULL_LIST_MAX} facts={facts} onToggle={toggle} />
    </section>
  );
}
