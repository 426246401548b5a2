import { diffArrays } from 'diff';
import type { AnchorStatus } from '@shared/schemas/consultation';
import { normaliseParagraph, TEXT_FIELD_ORDER, type Paragraph } from '@shared/paragraphs';

export interface Anchor {
  status: AnchorStatus;
  /** The paragraph now: the same one (`attached`), the one that replaced it (`changed`), or null. */
  paragraphId: string | null;
  number: number | null;
}

/**
 * Re-anchoring: where each paragraph of an earlier revision is in a later one.
 * - Same id (same text, same field) → `attached` to it, wherever it moved.
 * - Same text elsewhere in the field (a repeated paragraph whose occurrence shifted) → `attached`.
 * - Otherwise the field's paragraphs are aligned (jsdiff's `diffArrays` on their normalised text):
 *   an old paragraph in a stretch that was replaced is `changed` into the new paragraph at the same
 *   place in that stretch; one that was only deleted is `removed`.
 * Returns a lookup from the earlier paragraph's id.
 */
export function reanchor(before: Paragraph[], after: Paragraph[]): (paragraphId: string) => Anchor {
  const afterById = new Map(after.map((p) => [p.id, p]));
  const afterByText = new Map<string, Paragraph>();
  for (const p of after) {
    const key = `${p.field}\u0000${normaliseParagraph(p.text)}`;
    if (!afterByText.has(key)) afterByText.set(key, p);
  }
  const result = new Map<string, Anchor>();
  const attached = (p: Paragraph): Anchor => ({ status: 'attached', paragraphId: p.id, number: p.number });

  for (const field of TEXT_FIELD_ORDER) {
    const old = before.filter((p) => p.field === field);
    const now = after.filter((p) => p.field === field);
    if (old.length === 0) continue;
    const changes = diffArrays(
      old.map((p) => normaliseParagraph(p.text)),
      now.map((p) => normaliseParagraph(p.text)),
    );
    let i = 0;
    let j = 0;
    for (let c = 0; c < changes.length; c++) {
      const change = changes[c]!;
      const n = change.count ?? change.value.length;
      if (!change.added && !change.removed) {
        for (let k = 0; k < n; k++) result.set(old[i + k]!.id, attached(now[j + k]!));
        i += n;
        j += n;
      } else if (change.added) {
        j += n;
      } else {
        // Removed: paired with the additions right next to it, if any (a replaced stretch).
        const next = changes[c + 1];
        const prev = changes[c - 1];
        const replacement = next?.added ? j : prev?.added ? j - (prev.count ?? prev.value.length) : -1;
        const addedCount = next?.added ? (next.count ?? 0) : prev?.added ? (prev.count ?? 0) : 0;
        for (let k = 0; k < n; k++) {
          const p = old[i + k]!;
          const byText = afterByText.get(`${field}\u0000${normaliseParagraph(p.text)}`);
          if (afterById.has(p.id)) result.set(p.id, attached(afterById.get(p.id)!));
          else if (byText) result.set(p.id, attached(byText));
          else {
            const added = replacement >= 0 ? now.slice(replacement, replacement + addedCount) : [];
            const to = successor(p, added, k, n);
            result.set(p.id, to ? { status: 'changed', paragraphId: to.id, number: to.number } : REMOVED);
          }
        }
        i += n;
      }
    }
  }
  return (paragraphId) =>
    result.get(paragraphId) ?? (afterById.has(paragraphId) ? attached(afterById.get(paragraphId)!) : REMOVED);
}

const REMOVED: Anchor = { status: 'removed', paragraphId: null, number: null };

const words = (text: string) => new Set(normaliseParagraph(text).toLowerCase().split(' '));

/** Dice coefficient of two paragraphs' word sets: 1 for the same words, 0 for none in common. */
function similarity(a: string, b: string): number {
  const [x, y] = [words(a), words(b)];
  let common = 0;
  for (const w of x) if (y.has(w)) common += 1;
  return (2 * common) / (x.size + y.size);
}

/**
 * Which added paragraph of a replaced stretch an old one became: the most similar (a quarter of
 * the words in common at least), or, in a stretch replaced one for one, the one at its place.
 */
function successor(p: Paragraph, added: Paragraph[], k: number, removedCount: number): Paragraph | null {
  let best: Paragraph | null = null;
  let score = 0.25;
  for (const candidate of added) {
    const s = similarity(p.text, candidate.text);
    if (s >= score) [best, score] = [candidate, s];
  }
  return best ?? (added.length === removedCount ? added[k]! : null);
}
