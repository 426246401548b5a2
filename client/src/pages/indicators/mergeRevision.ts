import { REVISED_FIELDS, type IndicatorFields, type RevisedField } from '@shared/schemas/indicator';

export interface MergeResult {
  /** The form values after the merge. */
  values: IndicatorFields;
  /** Fields only the other author changed: their text was taken. */
  taken: RevisedField[];
  /** Fields both changed differently: the author's text stays, theirs is offered beside it. */
  clashes: RevisedField[];
}

/**
 * A three-way merge of the form against the revision saved meanwhile: what only they changed is
 * taken, what only you changed stays, and fields you both changed differently are flagged.
 */
export function mergeRevision(
  base: IndicatorFields,
  mine: IndicatorFields,
  theirs: IndicatorFields,
): MergeResult {
  const values = { ...mine };
  const taken: RevisedField[] = [];
  const clashes: RevisedField[] = [];
  for (const f of REVISED_FIELDS) {
    const theyChanged = theirs[f] !== base[f];
    const iChanged = mine[f] !== base[f];
    if (theyChanged && !iChanged) {
      (values as Record<string, unknown>)[f] = theirs[f];
      taken.push(f);
    } else if (theyChanged && iChanged && theirs[f] !== mine[f]) clashes.push(f);
  }
  return { values, taken, clashes };
}

/** The fields of `values` that differ from `base`, as a save body. */
export function changedValues(base: IndicatorFields, values: IndicatorFields): Partial<IndicatorFields> {
  return Object.fromEntries(REVISED_FIELDS.filter((f) => values[f] !== base[f]).map((f) => [f, values[f]]));
}
