import { clauseLabel, paragraphId, paragraphsOf } from '../../shared/paragraphs';
import { reanchor } from '../../server/features/consultation/anchors';

const fields = (over: Record<string, string> = {}) =>
  ({
    definition: '',
    unit: '',
    rationale: '',
    computation: '',
    disaggregation: '',
    dataSources: '',
    limitations: '',
    references: '',
    ...over,
  }) as Parameters<typeof paragraphsOf>[0];

describe('numbered paragraphs', () => {
  it('numbers non-empty lines through the text in page order (limitations before data sources)', () => {
    const ps = paragraphsOf(
      fields({ definition: 'One.\n\n  Two.  ', dataSources: 'Four.', limitations: 'Three.' }),
    );
    expect(ps.map((p) => [p.number, p.field, p.text])).toEqual([
      [1, 'definition', 'One.'],
      [2, 'definition', 'Two.'],
      [3, 'limitations', 'Three.'],
      [4, 'dataSources', 'Four.'],
    ]);
    expect(clauseLabel('limitations')).toBe('2.3 Limitations');
  });

  it('gives a paragraph the same id wherever it moves in its field, whitespace aside, and repeats their own', () => {
    const before = paragraphsOf(fields({ computation: 'A b c.\nD e f.' }));
    const after = paragraphsOf(
      fields({ definition: 'New.', computation: 'Inserted.\nD  e f.\nA b c.\nA b c.' }),
    );
    const id = (ps: typeof before, text: string) => ps.find((p) => p.text.replace(/\s+/g, ' ') === text)!.id;
    expect(id(after, 'A b c.')).toBe(id(before, 'A b c.'));
    expect(id(after, 'D e f.')).toBe(id(before, 'D e f.'));
    expect(new Set(after.map((p) => p.id)).size).toBe(after.length);
    expect(paragraphId('computation', 'A b c.', 1)).toMatch(/-2$/);
    expect(paragraphId('definition', 'A b c.')).not.toBe(paragraphId('computation', 'A b c.'));
  });
});

describe('re-anchoring', () => {
  it('attaches unchanged paragraphs, follows a rewritten one, and reports a removed one', () => {
    const before = paragraphsOf(
      fields({ rationale: 'Keep me.\nRewrite this paragraph now.\nDrop me.\nLast.' }),
    );
    const after = paragraphsOf(
      fields({ definition: 'Above.', rationale: 'Keep me.\nRewrite this paragraph better.\nLast.' }),
    );
    const anchor = reanchor(before, after);
    const [keep, rewrite, drop, last] = before;
    expect(anchor(keep!.id)).toEqual({ status: 'attached', paragraphId: keep!.id, number: 2 });
    expect(anchor(rewrite!.id)).toMatchObject({ status: 'changed', number: 3 });
    expect(anchor(drop!.id)).toEqual({ status: 'removed', paragraphId: null, number: null });
    expect(anchor(last!.id)).toEqual({ status: 'attached', paragraphId: last!.id, number: 4 });
  });
});
