import {
  INDICATOR_TEXT_FIELDS,
  REVISED_FIELDS,
  type IndicatorFields,
  type IndicatorTextField,
  type RevisedField,
} from '@shared/schemas/indicator';
import { mergeText } from '@shared/textMerge';

export interface MergeResult {
  /** The form values after the merge. */
  values: IndicatorFields;
  /** Fields only the other author changed: their text was taken. */
  taken: RevisedField[];
  /** Text fields both changed in different places: both sides' changes are combined. */
  merged: RevisedField[];
  /** Fields both changed differently: the author's text stays, theirs is offered beside it. */
  clashes: RevisedField[];
}

const isText = (f: RevisedField): f is IndicatorTextField =>
  (INDICATOR_TEXT_FIELDS as readonly string[]).includes(f);

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
  const merged: RevisedField[] = [];
  const clashes: RevisedField[] = [];
  for (const f of REVISED_FIELDS) {
    const theyChanged = theirs[f] !== base[f];
    const iChanged = mine[f] !== base[f];
    if (theyChanged && !iChanged) {
      (values as Record<string, unknown>)[f] = theirs[f];
      taken.push(f);
    } else if (theyChanged && iChanged && theirs[f] !== mine[f]) {
      // Both edited the same text: a word-level three-way merge keeps both sides where it is clean.
      const text = isText(f) ? mergeText(base[f], mine[f], theirs[f]).text : null;
      if (text === null) clashes.push(f);
      else {
        values[f as IndicatorTextField] = text;
        merged.push(f);
      }
    }
  }
  return { values, taken, merged, clashes };
}

/** The fields of `values` that differ from `base`, as a save body. */
export function changedValues(base: IndicatorFields, values: IndicatorFields): Partial<IndicatorFields> {
  return Object.fromEntries(REVISED_FIELDS.filter((f) => values[f] !== base[f]).map((f) => [f, values[f]]));
}
