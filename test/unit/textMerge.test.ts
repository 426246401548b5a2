import { mergeText } from '../../shared/textMerge';
import { mergeRevision } from '../../client/src/pages/indicators/mergeRevision';

const BASE = 'Hotlines verify removal at different intervals. Content on hidden services is not covered.';

describe('three-way merge of a text field', () => {
  it('keeps both sentences when both authors added one at the end', () => {
    expect(mergeText(BASE, `${BASE} Mine.`, `${BASE} Theirs.`).text).toBe(`${BASE} Theirs. Mine.`);
  });

  it('combines changes in different places', () => {
    const mine = BASE.replace('different', 'varying');
    const theirs = BASE.replace('hidden', 'onion');
    expect(mergeText(BASE, mine, theirs).text).toBe(
      'Hotlines verify removal at varying intervals. Content on onion services is not covered.',
    );
  });

  it('reports a clash when both changed the same words differently', () => {
    expect(
      mergeText(BASE, BASE.replace('different', 'varying'), BASE.replace('different', 'distinct')).text,
    ).toBeNull();
  });
});

describe('the editor’s merge after a 409', () => {
  const fields = {
    title: 'T',
    tier: 'II' as const,
    custodianId: null,
    definition: 'D.',
    unit: '',
    rationale: '',
    computation: 'C.',
    disaggregation: '',
    dataSources: '',
    limitations: BASE,
    references: '',
  };
  it('merges a field both changed cleanly instead of keeping one side', () => {
    const r = mergeRevision(
      fields,
      { ...fields, limitations: `${BASE} Mine.` },
      { ...fields, limitations: `${BASE} Theirs.` },
    );
    expect(r.values.limitations).toBe(`${BASE} Theirs. Mine.`);
    expect(r.merged).toEqual(['limitations']);
    expect(r.clashes).toEqual([]);
  });

  it('still flags a real clash and keeps the author’s text', () => {
    const mine = { ...fields, limitations: 'Mine entirely.' };
    const r = mergeRevision(fields, mine, { ...fields, limitations: 'Theirs entirely.' });
    expect(r.values.limitations).toBe('Mine entirely.');
    expect(r.clashes).toEqual(['limitations']);
  });
});
