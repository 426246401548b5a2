/**
 * Positions 0..count-1 ordered by (primary, secondary) ascending, first k only, without sorting
 * everything: a bounded binary heap over typed arrays whose root is the worst position kept
 * (n log k, no allocation per comparison).
 */
export function topKByKeys(
  count: number,
  k: number,
  primary: Float64Array,
  secondary?: Float64Array,
): number[] {
  const cmp = (a: number, b: number) =>
    primary[a]! - primary[b]! || (secondary ? secondary[a]! - secondary[b]! : 0) || a - b;
  return topK(count, k, cmp);
}

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
