import { FIELD_LABELS, FIELD_SECTIONS, type IndicatorTextField } from './schemas/indicator';

/**
 * Numbered paragraphs of an indicator's text fields, shared by the server (anchoring comments,
 * exports) and the client (page, print view, comment forms), so both number them the same way.
 *
 * - A paragraph is a non-empty line of a text field (authors separate paragraphs, list items and
 *   references with line breaks; blank lines only space them out).
 * - Numbers run through the whole text in page order (`FIELD_SECTIONS`), ¶1 to ¶n: they move when a
 *   paragraph is added above.
 * - Ids are stable: a hash of the field and the paragraph's text (whitespace collapsed), with the
 *   occurrence for repeated text, so a paragraph keeps its id in every revision where its text is
 *   unchanged, wherever it moved within its field.
 */
export interface Paragraph {
  id: string;
  field: IndicatorTextField;
  /** ¶ number through the whole text, from 1. */
  number: number;
  text: string;
}

/** The text fields in the order the page shows them. */
export const TEXT_FIELD_ORDER: IndicatorTextField[] = FIELD_SECTIONS.flatMap((s) => s.fields);

/** Clause numbers as on the page: section.field, e.g. `2.1` for the computation method. */
export function clauseNumber(field: IndicatorTextField): string {
  const s = FIELD_SECTIONS.findIndex((section) => section.fields.includes(field));
  return `${s + 1}.${FIELD_SECTIONS[s]!.fields.indexOf(field) + 1}`;
}

/** "2.1 Computation method". */
export const clauseLabel = (field: IndicatorTextField) => `${clauseNumber(field)} ${FIELD_LABELS[field]}`;

/** Whitespace-insensitive form of a paragraph: what ids and comparisons use. */
export const normaliseParagraph = (text: string) => text.replace(/\s+/g, ' ').trim();

/** cyrb53: a fast, well-spread 53-bit string hash (no crypto needed in the browser). */
function cyrb53(str: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The stable id of the `occurrence`-th (from 0) paragraph with this text in this field. */
export function paragraphId(field: IndicatorTextField, text: string, occurrence = 0): string {
  const base = `p${cyrb53(`${field}\u0000${normaliseParagraph(text)}`).toString(36)}`;
  return occurrence === 0 ? base : `${base}-${occurrence + 1}`;
}

/** One field's paragraphs: its non-empty lines, trimmed. */
const splitParagraphs = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/** Every paragraph of the text fields, numbered in page order. */
export function paragraphsOf(fields: Record<IndicatorTextField, string>): Paragraph[] {
  const out: Paragraph[] = [];
  for (const field of TEXT_FIELD_ORDER) {
    const seen = new Map<string, number>();
    for (const text of splitParagraphs(fields[field] ?? '')) {
      const key = normaliseParagraph(text);
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      out.push({ id: paragraphId(field, text, occurrence), field, number: out.length + 1, text });
    }
  }
  return out;
}
