/**
 * Migrations of stored progress, one step per schema version, so a version bump never ignores
 * (and then overwrites) what an earlier version stored: zustand's persist does exactly that when
 * `version` changes without `migrate`. Each step is tested with a stored sample of its version
 * (tests/fixtures/progress-v<n>.json).
 *
 * A step works on parsed JSON of unchecked shape and only rewrites what changed between the two
 * versions; src/core/progress.ts validates the result against the current schema.
 */

type Json = Record<string, unknown>;

/** Step n takes a value of version n to version n + 1. */
const STEPS: Readonly<Record<number, (value: Json) => Json>> = {
  // v2 adds an optional 11th item to a card's tuple, the summary of a compacted log. A v1 tuple is
  // a valid v2 tuple without it; logs longer than LOG_LIMIT are compacted as they are decoded.
  1: (value) => ({ ...value, v: 2 }),
};

/** The outcome: the value at the current version, and the version it was stored in (null if current). */
export type MigrationResult = { ok: true; value: unknown; from: number | null } | { ok: false; version: unknown };

const isRecord = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Bring a parsed stored value up to version `current`. A value without a `v` field comes back as it
 * is (the schema will reject its shape); an unknown or newer version is an error naming it.
 */
export function migrateProgressValue(json: unknown, current: number): MigrationResult {
  if (!isRecord(json) || !('v' in json)) return { ok: true, value: json, from: null };
  const from = json.v;
  if (from === current) return { ok: true, value: json, from: null };
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1 || from > current) return { ok: false, version: from };
  let value = json;
  for (let version = from; version < current; version += 1) {
    const step = STEPS[version];
    if (!step) return { ok: false, version: from };
    value = step(value);
  }
  return { ok: true, value, from };
}
