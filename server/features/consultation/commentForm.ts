import { ORG_CATEGORY_LABELS } from '@shared/roles';
import {
  COMMENT_TYPE_CODES,
  DISPOSITION_LABELS,
  type CommentDto,
  type CommentList,
} from '@shared/schemas/consultation';
import type { DiffSegment } from '@shared/schemas/indicator';

/**
 * The compilation as the IEC/ISO comment form lays it out (member body, line, clause,
 * paragraph/figure/table, type, comment, proposed change, observations of the secretariat), plus
 * the disposition, the revision that addressed it, and where the paragraph is now. XLSX and DOCX
 * exports both write these rows.
 */
export const COMMENT_FORM_COLUMNS = [
  { key: 'no', header: 'No.', width: 6 },
  { key: 'memberBody', header: 'MB/NC (organisation)', width: 24 },
  { key: 'constituency', header: 'Constituency', width: 16 },
  { key: 'line', header: 'Line number (¶)', width: 9 },
  { key: 'clause', header: 'Clause/Subclause', width: 20 },
  { key: 'paragraph', header: 'Paragraph/Figure/Table', width: 36 },
  { key: 'type', header: 'Type of comment', width: 8 },
  { key: 'comment', header: 'Comments', width: 44 },
  { key: 'proposedChange', header: 'Proposed change', width: 44 },
  { key: 'observations', header: 'Observations of the secretariat', width: 40 },
  { key: 'disposition', header: 'Disposition', width: 14 },
  { key: 'addressedIn', header: 'Addressed in revision', width: 10 },
  { key: 'now', header: 'Paragraph now', width: 18 },
] as const;
type CommentFormKey = (typeof COMMENT_FORM_COLUMNS)[number]['key'];

export interface CommentFormRow extends Record<Exclude<CommentFormKey, 'proposedChange'>, string> {
  /** The proposed change as a word diff against the paragraph (for struck / underlined runs). */
  proposedChange: DiffSegment[] | null;
  proposedText: string;
}

function paragraphNow(c: CommentDto): string {
  const r = c.anchor.revision;
  if (c.anchor.status === 'removed') return `Removed in revision ${r}`;
  if (c.anchor.status === 'changed') return `Changed in revision ${r} (now ¶${c.anchor.number})`;
  return c.anchor.number === c.paragraph.number ? `Unchanged` : `Unchanged, now ¶${c.anchor.number}`;
}

export function commentFormRows(list: CommentList): CommentFormRow[] {
  return list.items
    .filter((c) => c.status === 'submitted')
    .map((c, i) => ({
      no: String(i + 1),
      memberBody: c.organisation.name,
      constituency: ORG_CATEGORY_LABELS[c.organisation.category],
      line: `¶${c.paragraph.number}`,
      clause: c.clause,
      paragraph: c.quote ? `“${c.quote}”` : c.paragraph.text,
      type: COMMENT_TYPE_CODES[c.type],
      comment: c.comment,
      proposedChange: c.proposedDiff,
      proposedText: c.proposedChange ?? '',
      observations: c.disposition?.response ?? '',
      disposition: c.disposition ? DISPOSITION_LABELS[c.disposition.decision] : 'No disposition yet',
      addressedIn: c.disposition?.addressedInRevision ? String(c.disposition.addressedInRevision) : '',
      now: paragraphNow(c),
    }));
}
