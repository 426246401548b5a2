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
 * Builds a snippet maker for one query: the regular expressions are compiled once and reused for
 * every result on the page. Each snippet is a short plain-text excerpt around the first occurrence
 * of the rarest query term in the text (the most telling one: "darknets" rather than "indicators"),
 * cut at word boundaries; null when no term occurs in the text.
 */
export function snippeter(terms: string[], before = 80, after = 160): (text: string) => string | null {
  const perTerm = terms.map((term) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}`, 'giu'));
  const anyTerm = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escape).join('|')})`, 'iu');
  return (text) => {
    if (!text || terms.length === 0) return null;
    // Rarity is judged on the first 16 kB, which keeps this cheap for long texts.
    const sample = text.slice(0, 16 * 1024);
    let m: { index: number } | null = null;
    let fewest = Infinity;
    for (const re of perTerm) {
      re.lastIndex = 0;
      let count = 0;
      let first = -1;
      for (let hit = re.exec(sample); hit && count < fewest; hit = re.exec(sample)) {
        if (first < 0) first = hit.index;
        count++;
      }
      if (count > 0 && count < fewest) {
        fewest = count;
        m = { index: first };
      }
    }
    m ??= anyTerm.exec(text);
    if (!m) return null;
    let start = Math.max(0, m.index - before);
    let end = Math.min(text.length, m.index + after);
    if (start > 0) start = text.indexOf(' ', start) + 1 || start;
    if (end < text.length) end = text.lastIndexOf(' ', end) > m.index ? text.lastIndexOf(' ', end) : end;
    return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
  };
}

/** One snippet (see snippeter); for a page of results, make the snippeter once instead. */
export function snippetAround(text: string, terms: string[], before = 80, after = 160): string | null {
  return snippeter(terms, before, after)(text);
}
