import { Types } from 'mongoose';

/**
 * A seeded pseudo-random source (mulberry32), so the generated coalition is the same on every run.
 * ObjectIds come from it too: their first four bytes are the creation time given, as in real ids.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Mostly the first items: index ~ n·u², the same skew the library benchmark uses for words. */
  skewed<T>(items: readonly T[]): T {
    return items[Math.floor(items.length * this.next() ** 2)]!;
  }

  /** One key of a { key: weight } table. */
  weighted<K extends string>(table: Record<K, number>): K {
    const entries = Object.entries(table) as [K, number][];
    let r = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, w] of entries) if ((r -= w) < 0) return key;
    return entries[entries.length - 1]![0];
  }

  /** `count` distinct items (or all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle([...items]).slice(0, count);
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }

  hex(length: number): string {
    let s = '';
    while (s.length < length)
      s += Math.floor(this.next() * 0x100000000)
        .toString(16)
        .padStart(8, '0');
    return s.slice(0, length);
  }

  /** A time between two dates. */
  between(from: Date | number, to: Date | number): Date {
    const a = Number(from);
    return new Date(a + Math.floor(this.next() * Math.max(0, Number(to) - a)));
  }

  /** A deterministic ObjectId whose timestamp is `at`. */
  oid(at: Date): Types.ObjectId {
    const seconds = Math.max(0, Math.floor(at.getTime() / 1000));
    return new Types.ObjectId(seconds.toString(16).padStart(8, '0') + this.hex(16));
  }
}

/** Picks items with fixed weights many times over: cumulative sums and a binary search. */
export class WeightedPicker<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(
    private readonly items: readonly T[],
    weightOf: (item: T, index: number) => number,
  ) {
    let sum = 0;
    items.forEach((item, i) => this.cumulative.push((sum += weightOf(item, i))));
    this.total = sum;
  }

  pick(rng: Rng): T {
    const r = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

export const DAY_MS = 24 * 3600_000;

/** Midnight UTC of a date, as stored for due dates. */
export const utcMidnight = (d: Date) =>
  new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

export const slugify = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
