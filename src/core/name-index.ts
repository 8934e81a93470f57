/**
 * A set of names that answers two questions fast: is this a known name (case aside), and which
 * known name is closest to this one, within a Damerau–Levenshtein distance.
 *
 * The closest name is found by count filtering over letter pairs: an edit changes at most three
 * of a word's letter pairs (a swap of two letters changes three), so a name within distance d
 * shares all but 3·d of the word's distinct pairs. An inverted index from pairs to names gives
 * the few that do, among the names of the lengths the word can reach; only those are measured.
 * (At 17,500 names, on the 2-core benchmark machine: measuring every name took ~15 ms a word,
 * this ~0.1 ms.)
 */

export interface NameIndex {
  /** Whether `name` is known, ignoring case. */
  has(name: string): boolean;
  /** The known name closest to `word`, if one is within `maxDistance` edits (a change of case is one); `word` itself never counts. */
  nearest(word: string, maxDistance: number): string | undefined;
}

/**
 * Builds the index. Known is case-blind (`queryset` is `QuerySet`'s word); nearness is not:
 * `ManyToMany` is not a slip of `many_to_many`, so case counts as an edit there.
 */
export function createNameIndex(names: Iterable<string>): NameIndex {
  // Sorted by length, so the names of the lengths a word can reach are one run of each posting list.
  const all = [...new Set(names)].filter((name) => name !== '').sort((a, b) => a.length - b.length);
  const known = new Set(all.map((name) => name.toLowerCase()));
  const firstOfLength: number[] = [];
  all.forEach((name, id) => {
    for (let length = firstOfLength.length; length <= name.length; length++) firstOfLength[length] = id;
  });
  const startOf = (length: number): number => (length < firstOfLength.length ? firstOfLength[Math.max(length, 0)]! : all.length);
  const postings = new Map<string, number[]>();
  all.forEach((name, id) => {
    for (const pair of new Set(pairsOf(name))) {
      const list = postings.get(pair);
      if (list) list.push(id);
      else postings.set(pair, [id]);
    }
  });
  const counts = new Uint16Array(all.length);

  return {
    has: (name) => known.has(name.toLowerCase()),
    nearest(word, maxDistance) {
      const pairs = [...new Set(pairsOf(word))];
      const needed = pairs.length - 3 * maxDistance;
      const touched: number[] = [];
      const low = startOf(word.length - maxDistance);
      const high = startOf(word.length + maxDistance + 1);
      for (const pair of pairs) {
        const list = postings.get(pair);
        if (!list) continue;
        for (let k = lowerBound(list, low); k < list.length && list[k]! < high; k++) {
          const id = list[k]!;
          if (counts[id] === 0) touched.push(id);
          counts[id]! += 1;
        }
      }
      let best: { name: string; distance: number } | undefined;
      for (const id of touched) {
        const count = counts[id]!;
        counts[id] = 0;
        const name = all[id]!;
        if (count < needed || name === word) continue;
        const distance = damerauLevenshtein(word, name, maxDistance);
        if (distance > maxDistance) continue;
        if (!best || distance < best.distance || (distance === best.distance && prefer(name, best.name, word))) {
          best = { name, distance };
        }
      }
      // With fewer pairs in common than edits could destroy, any name might be near: none is suggested.
      return needed > 0 ? best?.name : undefined;
    },
  };
}

/** The first position in an ascending list holding `value` or more. */
function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Between two names equally near, the one sharing the word's first letter, then the nearer length, then the first in order. */
function prefer(a: string, b: string, word: string): boolean {
  const firstA = a[0] === word[0];
  if (firstA !== (b[0] === word[0])) return firstA;
  const lengthA = Math.abs(a.length - word.length);
  const lengthB = Math.abs(b.length - word.length);
  return lengthA !== lengthB ? lengthA < lengthB : a < b;
}

/** The letter pairs of a word padded at both ends, so its first and last letters count twice. */
function pairsOf(word: string): string[] {
  const padded = `\u0002${word}\u0003`;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < padded.length; i++) pairs.push(padded.slice(i, i + 2));
  return pairs;
}

/**
 * Optimal string alignment distance (Damerau–Levenshtein where a swapped pair is not edited again),
 * giving up with `max + 1` once every path is past `max`.
 */
export function damerauLevenshtein(a: string, b: string, max = Infinity): number {
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = row;
  }
  return previous[b.length]!;
}
