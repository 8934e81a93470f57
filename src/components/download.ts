/**
 * Saving text as a file the learner downloads: a Blob behind an object URL, clicked through a
 * temporary link. Nothing is sent anywhere, and no HTML is built from the data.
 */

/** Offer `text` for download as `fileName`. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is kept a little longer for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `2025-03-10-0930` in local time, for file names that sort by date. */
export function fileStamp(ms: number): string {
  const d = new Date(ms);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}`;
}
