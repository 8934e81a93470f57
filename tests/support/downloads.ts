/** Catches what the app offers for download (a Blob behind an object URL, clicked through a link). */
import { afterEach, beforeEach, vi } from 'vitest';
import { SharedStorage } from './shared-storage.ts';

export interface Download {
  name: string;
  text: () => Promise<string>;
}

/** Start catching downloads; the returned list fills as links are clicked. Restored by vi.restoreAllMocks(). */
export function catchDownloads(): Download[] {
  const blobs = new Map<string, Blob>();
  const downloads: Download[] = [];
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${(n += 1)}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ name: this.download, text: () => blob.text() });
  });
  return downloads;
}

/**
 * For a test file about stored data seen by the learner: before each test a fresh storage shared by
 * the test's tabs and a catcher of downloads; after it, mocks restored. Read them as `page.shared`
 * and `page.downloads` inside a test.
 */
export function storagePage(): { shared: SharedStorage; downloads: Download[] } {
  const page = { shared: new SharedStorage(), downloads: [] as Download[] };
  beforeEach(() => {
    page.shared = new SharedStorage();
    page.downloads = catchDownloads();
  });
  afterEach(() => vi.restoreAllMocks());
  return page;
}
