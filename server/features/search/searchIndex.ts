import { tokenize } from './tokenize';

/** Field weights: a word in the title counts most, a word deep in the extracted text least. */
const WEIGHTS = { title: 8, tags: 5, description: 3, text: 1 } as const;
const MAX_EXPANSIONS = 100;
/** Cached prefix score arrays (4 bytes per document each). */
const TERM_CACHE_SIZE = 256;

export interface IndexInput<M> {
  id: string;
  title: string;
  tags: string[];
  description: string;
  text: string;
  meta: M;
}

interface Entry<M> {
  id: string;
  meta: M;
  /** Kept for snippets: description plus the start of the extracted text. */
  snippetText: string;
}

/**
 * One word's postings: parallel typed arrays of slot numbers and that word's weight in each slot,
 * filled up to `length` (capacity doubles as documents are added). Typed arrays live outside the
 * JavaScript heap, so millions of postings cost the garbage collector nothing to mark.
 */
class Posting {
  slots = new Int32Array(2);
  weights = new Float32Array(2);
  length = 0;

  push(slot: number, weight: number): void {
    if (this.length === this.slots.length) {
      const slots = new Int32Array(this.length * 2);
      slots.set(this.slots);
      const weights = new Float32Array(this.length * 2);
      weights.set(this.weights);
      this.slots = slots;
      this.weights = weights;
    }
    this.slots[this.length] = slot;
    this.weights[this.length++] = weight;
  }
}

/** Per slot, the best weight of any word starting with a prefix; df: how many slots have one. */
interface TermScores {
  scores: Float32Array;
  df: number;
}

/** The group column's value for a removed entry: no SlotFilter mask includes it. */
const DEAD = 31;

/** Matching documents by position 0..count-1: cheap to order, turned into hits only for one page. */
export interface Matches<M> {
  count: number;
  meta(i: number): M;
  /** The entry's time (see IndexOptions.timeOf), read from a typed array: cheap to sort on. */
  time(i: number): number;
  /** Writes sign × score (or time) of every match into out[0..count-1], in one loop over typed arrays. */
  fillKeys(out: Float64Array, key: 'score' | 'time', sign: 1 | -1): void;
  hit(i: number): Hit<M>;
}

/**
 * Which entries a query may return: those whose group (IndexOptions.groupOf) is in the `groups` bit
 * mask and, when given, that pass `test`. The mask is checked on a typed array, so the common case
 * (who may read what) costs no call per entry; `test` is for the rarer extra filters.
 */
export interface SlotFilter<M> {
  groups: number;
  test?: ((meta: M) => boolean) | null;
}
export type Filter<M> = ((meta: M) => boolean) | SlotFilter<M>;

export interface IndexOptions<M> {
  /** A small number (0–30) per entry, for SlotFilter.groups (31 marks removed entries). */
  groupOf?: (meta: M) => number;
  /** A number per entry to sort on (e.g. creation time). */
  timeOf?: (meta: M) => number;
}

export interface Hit<M> {
  id: string;
  meta: M;
  score: number;
  snippetText: string;
}

/**
 * An in-memory inverted index with word-prefix matching and weighted ranking.
 *
 * Why in memory: FerretDB v1 has no text indexes and runs most filters as full scans, so any
 * per-query database search is slow; MongoDB's text indexes do not match word prefixes. The index is
 * rebuilt from the database at start and updated by the library service after every write.
 * Documents live in numbered slots; postings hold slot numbers and weights in plain arrays, and a
 * query accumulates scores in a dense Float32Array, which keeps both memory and time per query low.
 * A replaced document leaves a dead slot that compaction removes.
 */
export class SearchIndex<M> {
  private slots: (Entry<M> | null)[] = [];
  private slotOf = new Map<string, number>();
  private postings = new Map<string, Posting>();
  private sortedTerms: string[] | null = [];
  private dead = 0;
  private termCache = new Map<string, TermScores | null>();
  private groups = new Uint8Array(1024);
  private times = new Float64Array(1024);
  /** Bumped on every change, so caches built on top of the index know when they are stale. */
  version = 0;

  constructor(private readonly options: IndexOptions<M> = {}) {}

  get size(): number {
    return this.slotOf.size;
  }

  upsert(doc: IndexInput<M>): void {
    this.remove(doc.id);
    this.termCache.clear();
    this.version++;
    const weights = new Map<string, number>();
    const add = (words: string[], weight: number, cap: number) => {
      const counts = new Map<string, number>();
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      for (const [w, n] of counts) weights.set(w, (weights.get(w) ?? 0) + weight * Math.min(n, cap));
    };
    add(tokenize(doc.title), WEIGHTS.title, 3);
    add(doc.tags.flatMap(tokenize), WEIGHTS.tags, 1);
    add(tokenize(doc.description), WEIGHTS.description, 3);
    // Term frequency in long texts grows slowly: sqrt keeps one long report from drowning the rest.
    const textCounts = new Map<string, number>();
    for (const w of tokenize(doc.text)) textCounts.set(w, (textCounts.get(w) ?? 0) + 1);
    for (const [w, n] of textCounts) weights.set(w, (weights.get(w) ?? 0) + WEIGHTS.text * Math.sqrt(n));

    const slot = this.slots.length;
    this.slots.push({
      id: doc.id,
      meta: doc.meta,
      snippetText: `${doc.description}\n${doc.text.slice(0, 64 * 1024)}`,
    });
    this.slotOf.set(doc.id, slot);
    this.setColumns(slot, doc.meta);
    for (const [term, weight] of weights) {
      let posting = this.postings.get(term);
      if (!posting) {
        this.postings.set(term, (posting = new Posting()));
        this.sortedTerms = null;
      }
      posting.push(slot, weight);
    }
  }

  /** Updates only the metadata (visibility, archive state, names) without re-tokenising. */
  updateMeta(id: string, meta: M): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.slots[slot]!.meta = meta;
    this.setColumns(slot, meta);
    this.version++;
    return true;
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slots[slot] = null;
    this.groups[slot] = DEAD;
    this.slotOf.delete(id);
    this.termCache.clear();
    this.version++;
    if (++this.dead > 1000 && this.dead > this.slotOf.size) this.compact();
  }

  /** All live entries that pass the filter (for browsing without a query). */
  all(filter: Filter<M>): Matches<M> {
    const { mask, test } = this.unpack(filter);
    const groups = this.groups;
    const found = this.scratch(this.slots.length);
    let count = 0;
    for (let s = 0; s < this.slots.length; s++) {
      if (!(mask & (1 << groups[s]!))) continue;
      if (!test || test(this.slots[s]!.meta)) found[count++] = s;
    }
    return this.matches(found, count, null);
  }

  /**
   * Documents containing, for every query term, some word that starts with it. Score: per query
   * term the best matching word's weight (an exact word counts 1.5×), summed over terms.
   * Unsorted, and as slot numbers: callers order them and build hits for one page only.
   */
  search(terms: string[], filter: Filter<M>): Matches<M> {
    const { mask, test } = this.unpack(filter);
    const groups = this.groups;
    const n = this.slots.length;
    const perTerm: Float32Array[] = [];
    for (const q of terms) {
      const best = this.termScores(q);
      if (!best) return this.matches(this.found, 0, null);
      perTerm.push(best.scores);
    }
    const found = this.scratch(n);
    const total = this.scoreScratch(n);
    let count = 0;
    if (perTerm.length === 0) return this.matches(found, 0, null);
    // One pass: a slot matches when every term scores in it and its group is readable.
    const first = perTerm[0]!;
    const rest = perTerm.length;
    for (let s = 0; s < n; s++) {
      let score = first[s]!;
      if (!(score > 0) || !(mask & (1 << groups[s]!))) continue;
      for (let t = 1; t < rest && score > 0; t++) {
        const w = perTerm[t]![s]!;
        score = w > 0 ? score + w : 0;
      }
      if (!(score > 0) || (test && !test(this.slots[s]!.meta))) continue;
      total[s] = score;
      found[count++] = s;
    }
    return this.matches(found, count, total);
  }

  /**
   * Per slot, the best weight of any word starting with the prefix (null when no word does).
   * Recent prefixes are cached until the index changes: typing a query repeats them constantly.
   */
  private termScores(prefix: string): TermScores | null {
    const cached = this.termCache.get(prefix);
    if (cached !== undefined) {
      this.termCache.delete(prefix);
      this.termCache.set(prefix, cached);
      return cached;
    }
    const best = new Float32Array(this.slots.length);
    let df = 0;
    for (const term of this.expand(prefix)) {
      const { slots, weights, length } = this.postings.get(term)!;
      const boost = term === prefix ? 1.5 : 1;
      for (let i = 0; i < length; i++) {
        const slot = slots[i]!;
        const w = weights[i]! * boost;
        const had = best[slot]!;
        if (had === 0) df++;
        if (w > had) best[slot] = w;
      }
    }
    const result = df > 0 ? { scores: best, df } : null;
    this.termCache.set(prefix, result);
    if (this.termCache.size > TERM_CACHE_SIZE) this.termCache.delete(this.termCache.keys().next().value!);
    return result;
  }

  /**
   * The query terms ordered most telling first: fewest documents with a word starting with the
   * term (dead slots included, which is close enough). Snippets centre on the first of them.
   */
  rarestFirst(terms: string[]): string[] {
    const df = new Map(terms.map((t) => [t, this.termScores(t)?.df ?? 0]));
    return [...terms].sort((a, b) => df.get(a)! - df.get(b)!);
  }

  /**
   * One reusable buffer for the matching slot numbers: a query's Matches are consumed before the next
   * query starts (all of it is synchronous), and not allocating 4 bytes per entry per query spares
   * the garbage collector.
   */
  private found = new Int32Array(0);
  private scratch(size: number): Int32Array {
    if (this.found.length < size) this.found = new Int32Array(Math.max(size, this.found.length * 2));
    return this.found;
  }

  /** The same for the combined scores of a search (only the matching slots' values are read). */
  private scores = new Float32Array(0);
  private scoreScratch(size: number): Float32Array {
    if (this.scores.length < size) this.scores = new Float32Array(Math.max(size, this.scores.length * 2));
    return this.scores;
  }

  private unpack(filter: Filter<M>): { mask: number; test: ((meta: M) => boolean) | null } {
    // Removed entries are never returned, whatever the mask says.
    const live = ~(1 << DEAD);
    return typeof filter === 'function'
      ? { mask: live, test: filter }
      : { mask: filter.groups & live, test: filter.test ?? null };
  }

  /** Keeps the per-slot typed columns (group, time) in step with the slots. */
  private setColumns(slot: number, meta: M): void {
    if (slot >= this.groups.length) {
      const size = Math.max(slot + 1, this.groups.length * 2);
      const groups = new Uint8Array(size);
      groups.set(this.groups);
      const times = new Float64Array(size);
      times.set(this.times);
      this.groups = groups;
      this.times = times;
    }
    this.groups[slot] = this.slots[slot] ? (this.options.groupOf?.(meta) ?? 0) : DEAD;
    this.times[slot] = this.options.timeOf?.(meta) ?? 0;
  }

  private matches(found: Int32Array, count: number, scores: Float32Array | null): Matches<M> {
    return {
      count,
      meta: (i) => this.slots[found[i]!]!.meta,
      time: (i) => this.times[found[i]!]!,
      fillKeys: (out, key, sign) => {
        const source = key === 'time' ? this.times : scores;
        for (let i = 0; i < count; i++) out[i] = source ? sign * source[found[i]!]! : 0;
      },
      hit: (i) => {
        const e = this.slots[found[i]!]!;
        return { id: e.id, meta: e.meta, score: scores ? scores[found[i]!]! : 0, snippetText: e.snippetText };
      },
    };
  }

  /**
   * Indexed words starting with the prefix, found by binary search in the sorted vocabulary. A very
   * short prefix can match thousands of words: then the most widespread ones are kept.
   */
  private expand(prefix: string): string[] {
    this.sortedTerms ??= [...this.postings.keys()].sort();
    const terms = this.sortedTerms;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (terms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < terms.length && terms[i]!.startsWith(prefix); i++) out.push(terms[i]!);
    if (out.length <= MAX_EXPANSIONS) return out;
    const df = (t: string) => this.postings.get(t)!.length;
    const exact = out[0] === prefix ? [prefix] : [];
    return [
      ...exact,
      ...out
        .slice(exact.length)
        .sort((a, b) => df(b) - df(a))
        .slice(0, MAX_EXPANSIONS - exact.length),
    ];
  }

  /** Drops dead slots: renumbers the live ones and rewrites every posting list. */
  private compact(): void {
    const renumber = new Int32Array(this.slots.length).fill(-1);
    const live: Entry<M>[] = [];
    this.slots.forEach((e, old) => {
      if (e) renumber[old] = live.push(e) - 1;
    });
    for (const [term, p] of this.postings) {
      const kept = new Posting();
      for (let i = 0; i < p.length; i++) {
        const slot = renumber[p.slots[i]!]!;
        if (slot >= 0) kept.push(slot, p.weights[i]!);
      }
      if (kept.length) this.postings.set(term, kept);
      else this.postings.delete(term);
    }
    this.slots = live;
    this.slotOf = new Map(live.map((e, slot) => [e.id, slot]));
    live.forEach((e, slot) => this.setColumns(slot, e.meta));
    this.sortedTerms = null;
    this.dead = 0;
    this.termCache.clear();
    this.version++;
  }
}
