import ExcelJS from 'exceljs';
import type { DiffSegment } from '@shared/schemas/indicator';
import { COMMENT_FORM_COLUMNS, type CommentFormRow } from './commentForm';

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
export async function commentsXlsx(heading: { title: string; lines: string[] }, rows: CommentFormRow[]) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Coalition Workspace';
  wb.created = new Date();
  const ws = wb.addWorksheet('Comments', {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = COMMENT_FORM_COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  ws.addRow([heading.title]).font = { bold: true, size: 14 };
  for (const line of heading.lines) ws.addRow([line]);
  ws.addRow([]);
  const headerRow = ws.addRow(COMMENT_FORM_COLUMNS.map((c) => c.header));
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
  ws.views = [{ state: 'frozen', ySplit: headerAt }];
  ws.autoFilter = {
    from: { row: headerAt, column: 1 },
    to: { row: headerAt + rows.length, column: COMMENT_FORM_COLUMNS.length },
  };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
