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

const CHUNK = 4096;

/**
 * Lower-case with every character kept in place: a few characters grow when lower-cased ('İ'
 * becomes two), which would shift positions found in the lower-cased text; those stay as they are.
 */
function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const c of s) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

/**
 * Finds where a snippet should centre: the first word-start occurrence of the first term (in the
 * given order) that occurs in the text at all. The text is lower-cased lazily, 4 kB at a time, and
 * each chunk once, so a long document costs only as much as the scan needs.
 */
function anchor(text: string, terms: string[]): number {
  const chunks: string[] = [];
  // Chunks overlap by the longest term (40), so an occurrence across a boundary is found.
  const chunk = (i: number) => (chunks[i] ??= lowerSameLength(text.slice(i * CHUNK, (i + 1) * CHUNK + 40)));
  const count = Math.ceil(text.length / CHUNK);
  for (const term of terms) {
    for (let i = 0; i < count; i++) {
      const lower = chunk(i);
      for (let at = lower.indexOf(term); at >= 0 && at < CHUNK; at = lower.indexOf(term, at + 1)) {
        // At a chunk's start, the character before it is the previous chunk's last.
        const wordStart = at > 0 ? startsWord(lower, at) : i === 0 || startsWord(text, i * CHUNK);
        if (wordStart) return i * CHUNK + at;
      }
    }
  }
  return -1;
}

/**
 * A short plain-text excerpt around the first occurrence of the most telling query term, cut at
 * word boundaries; null when no term occurs. `terms` are lower-case and ordered most telling first
 * (the index orders them rarest first: "darknets" before "indicators"); a term absent from this
 * text gives way to the next. Matching is plain `indexOf` plus a word-start check, many times
 * cheaper than a Unicode-aware regular expression.
 */
export function snippetAround(text: string, terms: string[], before = 80, after = 160): string | null {
  if (!text || terms.length === 0) return null;
  const index = anchor(text, terms);
  if (index < 0) return null;
  let start = Math.max(0, index - before);
  let end = Math.min(text.length, index + after);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > index ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}
