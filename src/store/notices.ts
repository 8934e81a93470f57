/**
 * Problems with stored data the UI shows as alerts (src/components/storage-notices.tsx), and the
 * list that holds them. persistence.ts and the modules beside it fill it; the store mirrors it.
 */

/** What a stored value holds: progress, settings, or one of the small values beside them. */
export type StoredTarget = 'progress' | 'settings' | 'quiz' | 'flags' | 'interview';

/** A problem with stored data, for an alert in the UI. */
export type StorageNotice =
  | {
      kind: 'damaged';
      what: StoredTarget;
      /** unreadable: nothing could be read; entries: some cards could not; newer-version: stored by a newer app. */
      cause: 'unreadable' | 'entries' | 'newer-version';
      /** Where the unreadable value was kept, or null if it could not be (it is then left where it was). */
      backupKey: string | null;
      /** Cards (or settings fields) recovered, and lost; `lost` is null when unknown (unreadable as a whole). */
      kept: number;
      lost: number | null;
      /** Cards whose schedule was kept but whose log was cut short. */
      repaired: number;
      detail: string;
    }
  | {
      kind: 'not-saved';
      /**
       * quota: storage full; unavailable: no storage at all; backup-failed: saving would overwrite
       * unreadable data; newer-version: saving would overwrite what a newer version of the app stored.
       */
      reason: 'quota' | 'unavailable' | 'backup-failed' | 'newer-version';
      detail: string;
    };

export interface NoticeList {
  readonly current: readonly StorageNotice[];
  /** Show `notice`, replacing one of its kind (damaged progress and damaged settings are two). */
  show(notice: StorageNotice): void;
  /** Remove the notices of a kind (of damaged data, only those about `what` if given). */
  clear(kind: StorageNotice['kind'], what?: StoredTarget): void;
  /** Remove a "not saved" notice that a save which worked has made untrue (storage full or unavailable). */
  clearSaveFailure(): void;
  subscribe(listener: (notices: readonly StorageNotice[]) => void): () => void;
  dispose(): void;
}

const sameSlot = (a: StorageNotice, kind: StorageNotice['kind'], what?: StoredTarget): boolean =>
  a.kind === kind && (what === undefined || a.kind !== 'damaged' || a.what === what);

/**
 * Notices in a fixed order, whatever order the values were read in (settings are read before
 * progress at start-up): damaged data by what it is, then "not saved".
 */
const ORDER: readonly StoredTarget[] = ['progress', 'settings', 'quiz', 'flags', 'interview'];
const rank = (n: StorageNotice): number => (n.kind === 'damaged' ? ORDER.indexOf(n.what) : ORDER.length);

/** An empty list, or one starting with `initial`. */
export function createNoticeList(initial: StorageNotice[] = []): NoticeList {
  let notices: readonly StorageNotice[] = initial;
  const listeners = new Set<(n: readonly StorageNotice[]) => void>();
  const publish = (next: readonly StorageNotice[]): void => {
    notices = next;
    for (const l of listeners) l(notices);
  };
  return {
    get current() {
      return notices;
    },
    show(notice) {
      const others = notices.filter((n) => !sameSlot(n, notice.kind, notice.kind === 'damaged' ? notice.what : undefined));
      publish([...others, notice].sort((a, b) => rank(a) - rank(b)));
    },
    clear(kind, what) {
      const next = notices.filter((n) => !sameSlot(n, kind, what));
      // Nothing to clear: no re-render after every save.
      if (next.length !== notices.length) publish(next);
    },
    clearSaveFailure() {
      const next = notices.filter((n) => n.kind !== 'not-saved' || (n.reason !== 'quota' && n.reason !== 'unavailable'));
      if (next.length !== notices.length) publish(next);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      listeners.clear();
    },
  };
}
