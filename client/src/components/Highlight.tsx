import { Fragment } from 'react';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of a search query as the server matches them: lower-case letters and digits. */
function searchTerms(query: string): string[] {
  const words = query
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  // Longest first, so "indicators" wins over "in" where both match.
  return [...new Set(words ?? [])].sort((a, b) => b.length - a.length);
}

/**
 * Plain text with the words that start with a query term wrapped in <mark>, the way the server
 * matches them (case-insensitive word prefixes). Rendered as React text, never as HTML.
 */
export function Highlight({ text, query }: { text: string; query: string }) {
  const terms = searchTerms(query);
  if (terms.length === 0) return text;
  // One capturing group: split() puts the matches at the odd indices.
  const pattern = new RegExp(`((?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')}))`, 'giu');
  return text
    .split(pattern)
    .map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : <Fragment key={i}>{part}</Fragment>));
}
