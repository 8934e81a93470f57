/**
 * Imported notes restored from a backup file: parsed again (the worker, with the build's checks) and
 * kept as an import would keep them, each updating the imported notes of the same name if there are.
 */
import type { NotesDraft } from '../core/imported-notes.ts';
import { defaultTarget, planImport, recordsOf } from '../core/notes-import.ts';
import type { ImportError } from '../core/notes-parse.ts';
import type { AppStore } from './app-store.ts';
import type { VaultFault } from './notes-vault.ts';
import type { NotesParser } from './notes-parser.ts';

export type RestoreResult = { ok: true; cards: number } | { ok: false; errors: ImportError[] } | { ok: false; fault: VaultFault };

export async function restoreNotes(store: AppStore, drafts: readonly NotesDraft[], parser: NotesParser, now: number): Promise<RestoreResult> {
  const outcome = await parser.parse(drafts);
  if (!outcome.ok) return outcome;
  const { collection, imports } = store.getState();
  const items = planImport(drafts, outcome.parsed, drafts.map((d) => defaultTarget(d, imports)), { decks: collection.decks, cards: collection.cards, imports });
  const saved = await store.getState().saveImports(recordsOf(items, now, imports));
  if (!saved.ok) return { ok: false, fault: saved.fault };
  return { ok: true, cards: items.reduce((n, item) => n + item.collection.cards.length, 0) };
}
