/** Lower-case, accent-free words of 2–40 letters or digits: the unit of indexing and querying. */
export function tokenize(text: string): string[] {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return (words ?? []).filter((w) => w.length >= 2 && w.length <= 40);
}

/** Query words: like tokenize, but single letters count too (they are prefixes while typing). */
export function queryTerms(q: string): string[] {
  const words = q
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return [...new Set((words ?? []).filter((w) => w.length <= 40))].slice(0, 8);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `at` starts a word in `text`: the character before it is not a letter or digit. */
function startsWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  if (c < 128) return !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57));
  return !WORD_CHAR.test(text[at - 1]!);
}

/** Occurrences of `term` at a word start in the lower-cased text: the first one and how many (up to `cap`). */
function occurrences(lower: string, term: string, cap: number): { first: number; count: number } {
  let first = -1;
  let count = 0;
  for (let at = lower.indexOf(term); at >= 0 && count < cap; at = lower.indexOf(term, at + term.length)) {
    if (!startsWord(lower, at)) continue;
    if (first < 0) first = at;
    count++;
  }
  return { first, count };
}

/**
 * Builds a snippet maker for one query (reused for every result on the page). Each snippet is a
 * short plain-text excerpt around the first occurrence of the rarest query term in the text (the
 * most telling one: "darknets" rather than "indicators"), cut at word boundaries; null when no term
 * occurs. Terms are lower-case already; matching is plain `indexOf` on the lower-cased text plus a
 * word-start check, which is many times cheaper than a Unicode-aware regular expression.
 */
export function snippeter(terms: string[], before = 80, after = 160): (text: string) => string | null {
  return (text) => {
    if (!text || terms.length === 0) return null;
    // Rarity is judged on the first 16 kB, which keeps this cheap for long texts.
    const sample = text.slice(0, 16 * 1024).toLowerCase();
    let index = -1;
    let fewest = Infinity;
    for (const term of terms) {
      const { first, count } = occurrences(sample, term, fewest);
      if (count > 0 && count < fewest) {
        fewest = count;
        index = first;
      }
    }
    if (index < 0 && text.length > sample.length) {
      const lower = text.toLowerCase();
      for (const term of terms) {
        const { first } = occurrences(lower, term, 1);
        if (first >= 0 && (index < 0 || first < index)) index = first;
      }
    }
    if (index < 0) return null;
    let start = Math.max(0, index - before);
    let end = Math.min(text.length, index + after);
    if (start > 0) start = text.indexOf(' ', start) + 1 || start;
    if (end < text.length) end = text.lastIndexOf(' ', end) > index ? text.lastIndexOf(' ', end) : end;
    return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
  };
}

/** One snippet (see snippeter); for a page of results, make the snippeter once instead. */
export function snippetAround(text: string, terms: string[], before = 80, after = 160): string | null {
  return snippeter(terms, before, after)(text);
}
