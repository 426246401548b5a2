import { diff3Merge } from 'node-diff3';

/**
 * A three-way merge of one text field, word by word (node-diff3 on words and the spaces between
 * them). Changes in different places are combined; where both authors only *added* text at the
 * same place, both additions are kept (theirs first: it was saved first). Only where both changed
 * the same existing words differently is there a clash, and then `text` is null.
 */
export function mergeText(base: string, mine: string, theirs: string): { text: string | null } {
  if (mine === theirs || theirs === base) return { text: mine };
  if (mine === base) return { text: theirs };
  const tokens = (s: string) => s.split(/(\s+)/).filter((t) => t.length > 0);
  const regions = diff3Merge(tokens(mine), tokens(base), tokens(theirs), { excludeFalseConflicts: true });
  const out: string[] = [];
  for (const region of regions) {
    if (region.ok) out.push(...region.ok);
    else if (region.conflict) {
      const { a, b, o } = region.conflict;
      // Both inserted at the same spot (nothing of the base was touched): keep both additions.
      if (o.every((t) => /^\s+$/.test(t))) out.push(...joinAdditions(b, a, o));
      else return { text: null };
    }
  }
  return { text: out.join('') };
}

/** Theirs then mine, with one separating space between them when neither brings one. */
function joinAdditions(theirs: string[], mine: string[], base: string[]): string[] {
  const t = theirs.length ? theirs : base;
  const m = mine.length ? mine : base;
  const needsSpace = t.length > 0 && m.length > 0 && !/\s$/.test(t.join('')) && !/^\s/.test(m.join(''));
  return needsSpace ? [...t, ' ', ...m] : [...t, ...m];
}
