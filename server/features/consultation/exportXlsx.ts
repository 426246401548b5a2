import ExcelJS from 'exceljs';
import type { DiffSegment } from '@shared/schemas/indicator';
import type { CommentDto, CommentList, CommentListQuery } from '@shared/schemas/consultation';
import { DEFAULT_LANGUAGE, textDirection, type Language } from '@shared/i18n/languages';
import { clauseNumber } from '@shared/paragraphs';
import { translator } from '../../i18n/index';
import { COMMENT_FORM_COLUMNS, commentFormRows, type CommentFormRow } from './commentForm';

const camel = (key: string) => key.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

function paragraphNow(t: ReturnType<typeof translator>, c: CommentDto): string {
  const { status, revision, number } = c.anchor;
  if (status === 'removed') return t('exports:commentForm.now.removed', { revision });
  if (status === 'changed') return t('exports:commentForm.now.changed', { revision, number });
  return number === c.paragraph.number
    ? t('exports:commentForm.now.unchanged')
    : t('exports:commentForm.now.moved', { number });
}

/**
 * The compilation's heading and rows in the reader's language: the comment form's rows
 * (commentForm.ts) with the words the workspace writes — constituency, clause, disposition, where
 * the paragraph is now — and the heading lines translated. What people wrote stays as written.
 */
export function commentFormIn(
  language: Language,
  ind: { code: string; title: string },
  list: CommentList,
  query: CommentListQuery,
): { heading: { title: string; lines: string[] }; rows: CommentFormRow[] } {
  const t = translator(language);
  const submitted = list.items.filter((c) => c.status === 'submitted');
  const rows = commentFormRows(list).map((row, i) => {
    const c = submitted[i]!;
    return {
      ...row,
      constituency: t(`exports:commentForm.constituencies.${camel(c.organisation.category)}`),
      clause: `${clauseNumber(c.field)} ${t(`exports:fields.${c.field}`)}`,
      disposition: c.disposition
        ? t(`exports:commentForm.dispositions.${camel(c.disposition.decision)}`)
        : t('exports:commentForm.noDisposition'),
      now: paragraphNow(t, c),
    };
  });
  const c = list.consultation;
  const filters = Object.entries(query)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${String(v)}`);
  const counts = { total: list.total, undisposed: list.undisposed };
  return {
    heading: {
      title: t('exports:commentForm.title', { code: ind.code, title: ind.title }),
      lines: [
        c
          ? t('exports:commentForm.round', {
              round: c.round,
              revision: c.revision,
              closes: c.closesAt.slice(0, 10),
              current: list.currentRevision,
            })
          : t('exports:commentForm.noConsultation'),
        filters.length
          ? t('exports:commentForm.countsFiltered', { ...counts, filters: filters.join(', ') })
          : t('exports:commentForm.counts', counts),
        t('exports:commentForm.legend', {
          at: new Date().toISOString().slice(0, 16).replace('T', ' '),
        }),
      ],
    },
    rows,
  };
}

/** Rich text for a proposed change: insertions underlined in green, deletions struck in red. */
function richDiff(segments: DiffSegment[]): ExcelJS.CellRichTextValue {
  return {
    richText: segments.map((s) =>
      s.type === 'insert'
        ? { text: s.text, font: { underline: true, color: { argb: 'FF1B6B33' } } }
        : s.type === 'delete'
          ? { text: s.text, font: { strike: true, color: { argb: 'FFB3261E' } } }
          : { text: s.text },
    ),
  };
}

/**
 * The compilation as an XLSX workbook: a title block, then one row per comment under the comment
 * form's headers (frozen, filterable). Strings are written as strings, never as formulas.
 */
export async function commentsXlsx(
  heading: { title: string; lines: string[] },
  rows: CommentFormRow[],
  language: Language = DEFAULT_LANGUAGE,
) {
  const t = translator(language);
  const rtl = textDirection(language) === 'rtl';
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Coalition Workspace';
  wb.created = new Date();
  const ws = wb.addWorksheet(t('exports:commentForm.sheet'), {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = COMMENT_FORM_COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  ws.addRow([heading.title]).font = { bold: true, size: 14 };
  for (const line of heading.lines) ws.addRow([line]);
  ws.addRow([]);
  const headerRow = ws.addRow(COMMENT_FORM_COLUMNS.map((c) => t(`exports:commentForm.columns.${c.key}`)));
  headerRow.font = { bold: true };
  headerRow.alignment = { vertical: 'top', wrapText: true };
  headerRow.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  const headerAt = headerRow.number;
  for (const r of rows) {
    const row = ws.addRow(
      COMMENT_FORM_COLUMNS.map((c) =>
        c.key === 'proposedChange' ? (r.proposedChange ? richDiff(r.proposedChange) : '') : r[c.key],
      ),
    );
    row.alignment = { vertical: 'top', wrapText: true };
  }
  // Arabic sheets read from the right: column A on the right, as Excel does for a right-to-left sheet.
  ws.views = [{ state: 'frozen', ySplit: headerAt, rightToLeft: rtl }];
  ws.autoFilter = {
    from: { row: headerAt, column: 1 },
    to: { row: headerAt + rows.length, column: COMMENT_FORM_COLUMNS.length },
  };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
