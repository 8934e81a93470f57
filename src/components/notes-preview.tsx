/**
 * What an import of notes will give, before anything is kept: the cards and decks, per file what an
 * update changes, questions already elsewhere, the skips and warnings with their lines, and the first
 * cards as the app renders them. Confirming keeps the notes (src/store/imports-slice.ts); until then
 * nothing changes. Nothing from the notes reaches the DOM except as text or rendered markdown.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { defaultTarget, planImport, recordsOf } from '../core/notes-import.ts';
import type { ImportedNotes, NotesDraft } from '../core/imported-notes.ts';
import type { ImportPlanItem } from '../core/notes-import.ts';
import type { Collection, ContentWarning } from '../core/types.ts';
import { useT } from '../i18n/index.ts';
import { importStrings } from '../i18n/import-catalog.ts';
import type { ImportMessages } from '../i18n/import.ru.ts';
import { useStore, useStoreApi } from '../store/use-store.ts';
import { Corrections } from './corrections.tsx';
import { LazyMarkdownAnswer } from './lazy-markdown-answer.tsx';

/** Drafts parsed and waiting for the learner's choice. */
export interface PendingImport {
  drafts: NotesDraft[];
  parsed: Collection[];
  /** A fresh preview for each parse, even of the same files. */
  seq: number;
}

export type PreviewOutcome = { kind: 'done' | 'cancelled'; message: string } | { kind: 'refused'; message: string };

const FIRST_CARDS = 3;
/** A list longer than this shows its first entries and how many more: a 4 MB file can have thousands. */
const LIST_LIMIT = 100;

function Limited<T>({ items, t, children }: { items: readonly T[]; t: ImportMessages; children: (item: T, index: number) => ReactNode }) {
  return (
    <ul>
      {items.slice(0, LIST_LIMIT).map(children)}
      {items.length > LIST_LIMIT ? <li className="hint">{t.previewMore(items.length - LIST_LIMIT)}</li> : null}
    </ul>
  );
}

export function NotesPreview({ pending, onClose }: { pending: PendingImport; onClose: (outcome: PreviewOutcome) => void }) {
  const t = useT(importStrings);
  const api = useStoreApi();
  const imports = useStore((s) => s.imports);
  const decks = useStore((s) => s.collection.decks);
  const cards = useStore((s) => s.collection.cards);
  const [targets, setTargets] = useState(() => pending.drafts.map((d) => defaultTarget(d, imports)?.id ?? null));
  const [saving, setSaving] = useState(false);
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The preview appears below the controls: on a phone, off screen. Focus brings it into view and is read out.
  useEffect(() => heading.current?.focus(), []);

  const items = useMemo(() => {
    const chosen = targets.map((id) => imports.find((i) => i.id === id) ?? null);
    return planImport(pending.drafts, pending.parsed, chosen, { decks, cards, imports });
  }, [pending, targets, imports, decks, cards]);

  const total = items.reduce((n, item) => n + item.collection.cards.length, 0);
  const deckCount = items.reduce((n, item) => n + item.collection.decks.length, 0);
  const changesAnything = items.some((item) => item.added.length + item.changed.length + item.removed.length > 0);
  const first = items.flatMap((item) => item.collection.cards).slice(0, FIRST_CARDS);

  const confirm = async (): Promise<void> => {
    setSaving(true);
    const result = await api.getState().saveImports(recordsOf(items, Date.now(), api.getState().imports));
    setSaving(false);
    onClose(result.ok ? { kind: 'done', message: t.importDone(total) } : { kind: 'refused', message: t.importSaveFailed(result.fault) });
  };

  return (
    <section
      aria-labelledby={titleId}
      className="notes-preview"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !saving) onClose({ kind: 'cancelled', message: t.importCancelled });
      }}
    >
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {t.previewTitle}
      </h2>
      <p className="import-total">
        <strong data-testid="import-card-count">{total}</strong> {t.previewCardsIn(total, deckCount)}
      </p>
      {total === 0 && !changesAnything ? <p>{t.previewNoCards}</p> : null}
      {items.map((item, i) => (
        <PlanItem
          key={item.draft.name}
          t={t}
          item={item}
          imports={imports}
          target={targets[i] ?? null}
          onTarget={(id) => setTargets((all) => all.map((old, j) => (j === i ? id : old)))}
        />
      ))}
      {first.length > 0 ? (
        <>
          <h3>{t.previewFirstCards}</h3>
          <ol className="import-first-cards">
            {first.map((card) => (
              <li key={card.id}>
                <p className="import-question">{card.question}</p>
                <LazyMarkdownAnswer markdown={card.answer} />
                <Corrections corrections={card.corrections} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <p className="notice-actions">
        <button type="button" className="button primary" data-testid="import-confirm" disabled={saving || !changesAnything} onClick={() => void confirm()}>
          {t.importConfirm}
        </button>
        <button type="button" className="button" disabled={saving} onClick={() => onClose({ kind: 'cancelled', message: t.importCancelled })}>
          {t.importCancel}
        </button>
      </p>
    </section>
  );
}

interface PlanItemProps {
  t: ImportMessages;
  item: ImportPlanItem;
  imports: readonly ImportedNotes[];
  target: string | null;
  onTarget: (id: string | null) => void;
}

function PlanItem({ t, item, imports, target, onTarget }: PlanItemProps) {
  const selectId = useId();
  const { collection, duplicates, added, changed, removed, unchanged } = item;
  const byKind = groupWarnings(collection.warnings);
  return (
    <div className="import-item">
      <h3>{item.draft.name}</h3>
      {imports.length > 0 ? (
        <p>
          <label htmlFor={selectId}>{t.previewTarget}</label>{' '}
          <select id={selectId} value={target ?? ''} onChange={(e) => onTarget(e.target.value || null)}>
            <option value="">{t.previewAsNew}</option>
            {imports.map((i) => (
              <option key={i.id} value={i.id}>
                {t.previewUpdate(i.name)}
              </option>
            ))}
          </select>
        </p>
      ) : null}
      <p>{item.target ? t.previewChanges(added.length, changed.length, removed.length, unchanged) : t.previewNew(added.length)}</p>
      {item.target && changed.length + unchanged > 0 ? <p className="hint">{t.previewKeptProgress}</p> : null}
      {removed.length > 0 ? <p className="hint">{t.previewRemovedKept}</p> : null}
      {item.target && changed.length + removed.length + added.length > 0 ? (
        <details>
          <summary>{t.previewChangedList}</summary>
          <Limited t={t} items={[...added.map((c) => [c, t.previewAdded] as const), ...changed.map((c) => [c, t.previewChanged] as const), ...removed.map((c) => [c, t.previewRemoved] as const)]}>
            {([c, what]) => (
              <li key={c.id}>
                {c.question} — {what}
              </li>
            )}
          </Limited>
        </details>
      ) : null}
      {duplicates.length > 0 ? (
        <div className="import-duplicates">
          <p>{t.previewDuplicates(duplicates.length)}</p>
          <Limited t={t} items={duplicates}>
            {({ card, deck }) => <li key={card.id}>{t.previewInDeck(card.question, deck?.title ?? card.deck)}</li>}
          </Limited>
        </div>
      ) : null}
      {collection.skipped.length > 0 ? (
        <details>
          <summary>{t.previewSkipped(collection.skipped.length)}</summary>
          <Limited t={t} items={collection.skipped}>
            {(s) => (
              <li key={`${s.line}:${s.reason}`}>
                <AtLine t={t} file={s.file} line={s.line} text={s.reason} />
              </li>
            )}
          </Limited>
        </details>
      ) : null}
      {collection.warnings.length > 0 ? (
        <details>
          <summary>{t.previewWarnings(collection.warnings.length)}</summary>
          {[...byKind].map(([kind, list]) => (
            <div key={kind}>
              <h4>{t.warningKind(kind)}</h4>
              <Limited t={t} items={list}>
                {(w, i) => (
                  <li key={i}>
                    <AtLine t={t} file={w.file} line={w.line} text={w.message} />
                  </li>
                )}
              </Limited>
            </div>
          ))}
        </details>
      ) : null}
    </div>
  );
}

/** Something the notes say at a line: the place in bold, then what. */
function AtLine({ t, file, line, text }: { t: ImportMessages; file: string; line: number; text: string }) {
  return (
    <>
      <strong>{t.importLine(file, line)}</strong>: {text}
    </>
  );
}

function groupWarnings(warnings: readonly ContentWarning[]): Map<ContentWarning['kind'], ContentWarning[]> {
  const groups = new Map<ContentWarning['kind'], ContentWarning[]>();
  for (const w of warnings) groups.set(w.kind, [...(groups.get(w.kind) ?? []), w]);
  return groups;
}
