/**
 * Save a text as a file, through a Blob and an object URL: no data: URL and no inline script, so it
 * works under a strict Content-Security-Policy.
 */
export function downloadText(filename: string, text: string, type = 'text/markdown'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute later it is long done.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
