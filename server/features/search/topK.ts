/**
 * Positions 0..count-1 ordered by (primary, secondary, position) ascending, first k only, without
 * sorting everything: a bounded binary max-heap whose root is the worst position kept (n log k).
 * Most positions are rejected by one subtraction against the root before any comparison call: this
 * runs for every match of every uncached search.
 */
export function topKByKeys(
  count: number,
  k: number,
  primary: Float64Array,
  secondary?: Float64Array,
): number[] {
  if (k <= 0 || count === 0) return [];
  const sec = secondary ?? ZERO;
  const useSec = secondary !== undefined;
  const size = Math.min(k, count);
  const heap = new Int32Array(size);
  // a is worse (orders after) b.
  const worse = (a: number, b: number) => {
    const d = primary[a]! - primary[b]!;
    if (d !== 0) return d > 0;
    if (useSec) {
      const e = sec[a]! - sec[b]!;
      if (e !== 0) return e > 0;
    }
    return a > b;
  };
  let n = 0;
  for (let pos = 0; pos < count; pos++) {
    if (n < size) {
      // Sift up.
      let i = n++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!worse(pos, heap[p]!)) break;
        heap[i] = heap[p]!;
        i = p;
      }
      heap[i] = pos;
      continue;
    }
    const root = heap[0]!;
    // Cheap rejection first: most positions are worse than the worst one kept.
    const d = primary[pos]! - primary[root]!;
    if (d > 0 || (d === 0 && !worse(root, pos))) continue;
    // Replace the root and sift down.
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const m = r < n && worse(heap[r]!, heap[l]!) ? r : l;
      if (!worse(heap[m]!, pos)) break;
      heap[i] = heap[m]!;
      i = m;
    }
    heap[i] = pos;
  }
  return Array.from(heap).sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}
const ZERO = new Float64Array(0);

/** The same for any comparison of positions (used where keys are not numbers, such as titles). */
export function topK(count: number, k: number, compare: (a: number, b: number) => number): number[] {
  if (k <= 0 || count === 0) return [];
  const size = Math.min(k, count);
  const heap = new Int32Array(size);
  let n = 0;
  const worse = (i: number, j: number) => compare(heap[i]!, heap[j]!) > 0;
  const swap = (i: number, j: number) => {
    const t = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = t;
  };
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!worse(i, p)) break;
      swap(i, p);
      i = p;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && worse(l, m)) m = l;
      if (r < n && worse(r, m)) m = r;
      if (m === i) break;
      swap(i, m);
      i = m;
    }
  };
  for (let pos = 0; pos < count; pos++) {
    if (n < size) {
      heap[n++] = pos;
      up(n - 1);
    } else if (compare(pos, heap[0]!) < 0) {
      heap[0] = pos;
      down(0);
    }
  }
  return Array.from(heap).sort(compare);
}
