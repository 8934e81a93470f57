/**
 * Saving text as a file the learner downloads: a Blob behind an object URL, clicked through a
 * temporary link. No data: URL and no inline script, so it works under the strict CSP; nothing is
 * sent anywhere, and no HTML is built from the data.
 */

/** Offer `text` for download as `fileName`; the type follows the extension (.md or JSON). */
export function downloadText(fileName: string, text: string, type = fileName.endsWith('.md') ? 'text/markdown' : 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute later it is long done.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `2025-03-10-0930` in local time, for file names that sort by date. */
export function fileStamp(ms: number): string {
  const d = new Date(ms);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}`;
}
