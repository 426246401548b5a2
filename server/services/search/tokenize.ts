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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A short plain-text excerpt around the first occurrence of the rarest query term in the text
 * (the most telling one: "darknets" rather than "indicators"), cut at word boundaries; null when
 * no term occurs in the text.
 */
export function snippetAround(text: string, terms: string[], before = 80, after = 160): string | null {
  if (!text || terms.length === 0) return null;
  // Rarity is judged on the first 16 kB, which keeps this cheap for long texts.
  const sample = text.slice(0, 16 * 1024);
  let m: { index: number } | null = null;
  let fewest = Infinity;
  for (const term of terms) {
    const hits = [...sample.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}`, 'giu'))];
    if (hits.length > 0 && hits.length < fewest) {
      fewest = hits.length;
      m = { index: hits[0]!.index };
    }
  }
  m ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escape).join('|')})`, 'iu').exec(text);
  if (!m) return null;
  let start = Math.max(0, m.index - before);
  let end = Math.min(text.length, m.index + after);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > m.index ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}
