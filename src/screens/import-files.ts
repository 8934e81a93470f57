/**
 * Files and pasted text as drafts to parse (src/core/notes-import.ts), or the reasons they are
 * refused: a whole choice is refused if any of its files is, so nothing half-imports.
 */
import { MAX_NOTES_BYTES, NOTES_FILE_TYPES, correctionsBase, decodeNotes, notesBase } from '../core/notes-import.ts';
import type { NotesDraft } from '../core/imported-notes.ts';
import type { ImportMessages } from '../i18n/import.ru.ts';

export type DraftsRead = { ok: true; drafts: NotesDraft[] } | { ok: false; problems: string[] };

const takes = (name: string): boolean => NOTES_FILE_TYPES.some((ext) => name.toLowerCase().endsWith(ext));

/** Reads chosen or dropped files: notes, and corrections files paired with their notes by name. */
export async function draftsFromFiles(files: readonly File[], t: ImportMessages): Promise<DraftsRead> {
  const problems: string[] = [];
  const texts: { name: string; text: string }[] = [];
  for (const file of files) {
    if (!takes(file.name)) {
      problems.push(t.importWrongType(file.name));
      continue;
    }
    // Refused before its bytes are read: a huge file is never loaded into the page.
    if (file.size > MAX_NOTES_BYTES) {
      problems.push(t.importBytesProblem(file.name, 'too-large', file.size));
      continue;
    }
    const read = decodeNotes(new Uint8Array(await file.arrayBuffer()));
    if (read.ok) texts.push({ name: file.name, text: read.text });
    else problems.push(t.importBytesProblem(file.name, read.problem, file.size));
  }
  if (problems.length > 0) return { ok: false, problems };

  const notes = texts.filter((f) => correctionsBase(f.name) === null);
  const drafts: NotesDraft[] = notes.map((f) => ({ name: f.name, text: f.text, origin: 'file' }));
  for (const f of texts) {
    const base = correctionsBase(f.name);
    if (base === null) continue;
    const draft = drafts.find((d) => notesBase(d.name) === base);
    if (draft) draft.corrections = f.text;
    else problems.push(t.importOrphanCorrections(f.name));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, drafts };
}

/** Pasted notes as a draft under the name given. */
export function draftFromPaste(text: string, name: string, t: ImportMessages): DraftsRead {
  if (text.trim() === '') return { ok: false, problems: [t.importPasteEmpty] };
  if (new TextEncoder().encode(text).length > MAX_NOTES_BYTES) return { ok: false, problems: [t.importBytesProblem(name, 'too-large', text.length)] };
  return { ok: true, drafts: [{ name: name.trim() || t.importPasteDefault, text, origin: 'paste' }] };
}
