import { tokenize } from './tokenize';

/** Field weights: a word in the title counts most, a word deep in the extracted text least. */
const WEIGHTS = { title: 8, tags: 5, description: 3, text: 1 } as const;
const MAX_EXPANSIONS = 400;

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
  weights: Map<string, number>;
  /** Kept for snippets: description plus the start of the extracted text. */
  snippetText: string;
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
 * per-query database search is slow; MongoDB's $text does not do prefix matching. The index is
 * rebuilt from the database at start and updated by the library service after every write.
 * Postings hold slot numbers (small integers) rather than ids to keep memory low; a replaced
 * document leaves a dead slot that compaction removes.
 */
export class SearchIndex<M> {
  private slots: (Entry<M> | null)[] = [];
  private slotOf = new Map<string, number>();
  private postings = new Map<string, number[]>();
  private sortedTerms: string[] | null = [];
  private dead = 0;

  get size(): number {
    return this.slotOf.size;
  }

  upsert(doc: IndexInput<M>): void {
    this.remove(doc.id);
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
      weights,
      snippetText: `${doc.description}\n${doc.text.slice(0, 64 * 1024)}`,
    });
    this.slotOf.set(doc.id, slot);
    for (const term of weights.keys()) {
      const list = this.postings.get(term);
      if (list) list.push(slot);
      else {
        this.postings.set(term, [slot]);
        this.sortedTerms = null;
      }
    }
  }

  /** Updates only the metadata (visibility, archive state, names) without re-tokenising. */
  updateMeta(id: string, meta: M): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.slots[slot]!.meta = meta;
    return true;
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slots[slot] = null;
    this.slotOf.delete(id);
    if (++this.dead > 1000 && this.dead > this.slotOf.size) this.compact();
  }

  /** All live entries that pass the filter (for browsing without a query). */
  all(filter: (meta: M) => boolean): Hit<M>[] {
    const out: Hit<M>[] = [];
    for (const e of this.slots)
      if (e && filter(e.meta)) out.push({ id: e.id, meta: e.meta, score: 0, snippetText: e.snippetText });
    return out;
  }

  /**
   * Documents containing, for every query term, some word that starts with it. Score: per query
   * term the best matching word's weight (an exact word counts 1.5×), summed over terms.
   */
  search(terms: string[], filter: (meta: M) => boolean): Hit<M>[] {
    if (terms.length === 0) return [];
    let scores: Map<number, number> | null = null;
    for (const q of terms) {
      const best = new Map<number, number>();
      for (const term of this.expand(q)) {
        const boost = term === q ? 1.5 : 1;
        for (const slot of this.postings.get(term)!) {
          if (scores && !scores.has(slot)) continue;
          const entry = this.slots[slot];
          if (!entry) continue;
          const w = entry.weights.get(term)! * boost;
          if (w > (best.get(slot) ?? 0)) best.set(slot, w);
        }
      }
      if (scores) for (const [slot, w] of best) best.set(slot, w + scores.get(slot)!);
      scores = best;
      if (scores.size === 0) return [];
    }
    const hits: Hit<M>[] = [];
    for (const [slot, score] of scores!) {
      const e = this.slots[slot]!;
      if (filter(e.meta)) hits.push({ id: e.id, meta: e.meta, score, snippetText: e.snippetText });
    }
    return hits.sort((a, b) => b.score - a.score);
  }

  /** Indexed words starting with the prefix, found by binary search in the sorted vocabulary. */
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
    for (let i = lo; i < terms.length && out.length < MAX_EXPANSIONS && terms[i]!.startsWith(prefix); i++)
      out.push(terms[i]!);
    return out;
  }

  private compact(): void {
    const live = this.slots.filter((e): e is Entry<M> => e !== null);
    this.slots = [];
    this.slotOf.clear();
    this.postings.clear();
    this.sortedTerms = null;
    this.dead = 0;
    for (const e of live) {
      const slot = this.slots.length;
      this.slots.push(e);
      this.slotOf.set(e.id, slot);
      for (const term of e.weights.keys()) {
        const list = this.postings.get(term);
        if (list) list.push(slot);
        else this.postings.set(term, [slot]);
      }
    }
  }
}
