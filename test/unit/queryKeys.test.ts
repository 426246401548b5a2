import { keyMatchesKind } from '../../client/src/api/entityKinds';

const queryKeys = {
  indicator: (code: string) => ['indicator', code],
  indicators: (p: object) => ['indicators', p],
  terms: (p: object) => ['terms', p],
  catchUp: ['catch-up'],
};

describe('keyMatchesKind (which open queries an entity:changed refreshes)', () => {
  it('matches an entity and its lists, nothing else', () => {
    expect(keyMatchesKind(queryKeys.indicator('CSAM-01'), 'indicator')).toBe(true);
    expect(keyMatchesKind(queryKeys.indicators({}), 'indicator')).toBe(true);
    expect(keyMatchesKind(queryKeys.indicator('CSAM-01'), 'term')).toBe(false);
    expect(keyMatchesKind(queryKeys.terms({}), 'term')).toBe(true);
  });

  it('refreshes the catch-up page for indicators, follow-ups and meetings', () => {
    expect(keyMatchesKind(queryKeys.catchUp, 'indicator')).toBe(true);
    expect(keyMatchesKind(queryKeys.catchUp, 'followUp')).toBe(true);
    expect(keyMatchesKind(queryKeys.catchUp, 'meeting')).toBe(true);
    expect(keyMatchesKind(queryKeys.catchUp, 'term')).toBe(false);
  });
});
