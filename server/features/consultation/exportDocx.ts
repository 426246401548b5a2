import {
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { DiffSegment } from '@shared/schemas/indicator';
import { DEFAULT_LANGUAGE, textDirection, type Language } from '@shared/i18n/languages';
import { translator } from '../../i18n/index';
import { COMMENT_FORM_COLUMNS, type CommentFormRow } from './commentForm';

/** Half-points: 8 pt, so thirteen columns fit a landscape A4 page (the document's default run size). */
const FONT_SIZE = 16;

/**
 * A run of text. Plain runs carry no properties of their own (the size is the document default):
 * a thousand rows make tens of thousands of runs, and every property is objects to build and collect.
 */
const run = (text: string, extra?: Partial<ConstructorParameters<typeof TextRun>[0] & object>) =>
  extra ? new TextRun({ text, ...extra }) : new TextRun(text);

/** A paragraph: right to left (`bidirectional`) in an Arabic document. */
type ParagraphOf = (children: TextRun[]) => Paragraph;
const ltrParagraph: ParagraphOf = (children) => new Paragraph({ children });
const rtlParagraph: ParagraphOf = (children) => new Paragraph({ children, bidirectional: true });

/** A cell's text, one Word paragraph per line. */
const textCell = (paragraph: ParagraphOf, text: string, bold = false) =>
  new TableCell({
    children: (text || ' ').split('\n').map((line) => paragraph([run(line, bold ? { bold } : undefined)])),
  });

/** A proposed change as runs: insertions underlined, deletions struck through. */
const diffCell = (paragraph: ParagraphOf, segments: DiffSegment[] | null, plain: string) =>
  new TableCell({
    children: [
      paragraph(
        segments
          ? segments.map((s) =>
              s.type === 'insert'
                ? run(s.text, { underline: {}, color: '1B6B33' })
                : s.type === 'delete'
                  ? run(s.text, { strike: true, color: 'B3261E' })
                  : run(s.text),
            )
          : [run(plain || ' ')],
      ),
    ],
  });

/**
 * The compilation as a Word document: a title block and the comment form as one table (landscape),
 * headed in the reader's language. Arabic is laid out right to left: right-to-left paragraphs, the
 * table's columns from the right, and the runs' direction said once in the document's default run
 * properties (not on every run: a thousand rows make tens of thousands).
 */
export async function commentsDocx(
  heading: { title: string; lines: string[] },
  rows: CommentFormRow[],
  language: Language = DEFAULT_LANGUAGE,
) {
  const t = translator(language);
  const rtl = textDirection(language) === 'rtl';
  const paragraph = rtl ? rtlParagraph : ltrParagraph;
  const header = new TableRow({
    tableHeader: true,
    children: COMMENT_FORM_COLUMNS.map((c) =>
      textCell(paragraph, t(`exports:commentForm.columns.${c.key}`), true),
    ),
  });
  const body = rows.map(
    (r) =>
      new TableRow({
        cantSplit: false,
        children: COMMENT_FORM_COLUMNS.map((c) =>
          c.key === 'proposedChange'
            ? diffCell(paragraph, r.proposedChange, r.proposedText)
            : textCell(paragraph, r[c.key]),
        ),
      }),
  );
  const doc = new Document({
    creator: 'Coalition Workspace',
    title: heading.title,
    styles: {
      default: {
        document: rtl
          ? {
              run: {
                size: FONT_SIZE,
                rightToLeft: true,
                language: { bidirectional: language },
              },
            }
          : { run: { size: FONT_SIZE } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE },
            margin: { top: 720, bottom: 720, left: 720, right: 720 },
          },
        },
        children: [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            ...(rtl ? { bidirectional: true } : {}),
            children: [new TextRun({ text: heading.title, size: 28 })],
          }),
          ...heading.lines.map((line) => paragraph([run(line)])),
          new Table({
            // Full width, columns fitted to their content by Word: per-cell widths cost a third of the time.
            width: { size: 100, type: WidthType.PERCENTAGE },
            ...(rtl ? { visuallyRightToLeft: true } : {}),
            rows: [header, ...body],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
