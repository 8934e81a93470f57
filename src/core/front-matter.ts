/**
 * YAML front matter, as Obsidian, Jekyll and static-site notes open: `---` on the first line,
 * `key: value` lines (and their lists), and `---` or `...` closing it. It is the file's metadata,
 * not notes: the parser skips it as one entry rather than read `---` as a break and the closing
 * `---` as a setext underline.
 */

const KEY = /^[\w-]+\s*:(?:\s|$)/;
const CONTINUED = /^(?:\s+\S|-\s)/;
const CLOSE = /^(?:---|\.\.\.)\s*$/;

/** The 0-based index of the line closing the front matter, or -1 when the file has none. */
export function frontMatterEnd(lines: readonly { text: string }[]): number {
  if (lines[0]?.text.trim() !== '---') return -1;
  for (let i = 1; i < Math.min(lines.length, 200); i++) {
    const text = lines[i]!.text;
    if (CLOSE.test(text)) return i > 1 ? i : -1;
    if (text.trim() !== '' && !KEY.test(text) && !CONTINUED.test(text)) return -1;
  }
  return -1;
}
