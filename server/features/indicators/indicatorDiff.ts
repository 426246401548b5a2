import { diffWords } from 'diff';
import {
  FIELD_LABELS,
  REVISED_FIELDS,
  type DiffSegment,
  type IndicatorDiff,
  type RevisedField,
} from '@shared/schemas/indicator';
import type { RevisionFields } from '../../models/IndicatorRevision';

/** A field's value as people read it (the custodian by name, not by id). */
function readableValue(fields: RevisionFields, field: RevisedField, orgName: (id: string) => string): string {
  if (field === 'custodianId') return fields.custodianId ? orgName(String(fields.custodianId)) : '';
  return String(fields[field] ?? '');
}

/** Word-level segments turning `before` into `after` (whitespace-only changes count as equal). */
export function wordSegments(before: string, after: string): DiffSegment[] {
  if (before === after) return before ? [{ type: 'equal', text: before }] : [];
  return diffWords(before, after).map((c) => ({
    type: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    text: c.value,
  }));
}

/** Field-by-field diff of two snapshots; unchanged fields carry one `equal` segment. */
export function diffFields(
  from: RevisionFields,
  to: RevisionFields,
  orgName: (id: string) => string = (id) => id,
): IndicatorDiff['fields'] {
  return REVISED_FIELDS.map((field) => {
    const before = readableValue(from, field, orgName);
    const after = readableValue(to, field, orgName);
    return {
      field,
      label: FIELD_LABELS[field],
      changed: before !== after,
      segments: wordSegments(before, after),
    };
  });
}

/** Which fields differ between two snapshots. */
export const changedFields = (from: RevisionFields, to: RevisionFields): RevisedField[] =>
  REVISED_FIELDS.filter((f) => String(from[f] ?? '') !== String(to[f] ?? ''));
