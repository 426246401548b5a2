import {
  FIELD_LABELS,
  FIELD_SECTIONS,
  INDICATOR_STATUS_LABELS,
  type IndicatorDto,
  type IndicatorSummary,
} from '@shared/schemas/indicator';
import { paragraphsOf } from '@shared/paragraphs';

/** The metadata as a Markdown document, sectioned like the SDG metadata template. */
export function indicatorMarkdown(ind: IndicatorDto, publicUrl: string | null): string {
  const lines = [
    `# ${ind.code}: ${ind.title}`,
    '',
    `- **Status:** ${INDICATOR_STATUS_LABELS[ind.status]}`,
    `- **Tier:** ${ind.tier}`,
    `- **Custodian organisation:** ${ind.custodian?.name ?? 'Not assigned'}`,
    `- **Revision:** ${ind.currentRevision} (${ind.revision.createdAt.slice(0, 10)}${ind.revision.author ? `, ${ind.revision.author.name}` : ''})`,
  ];
  if (ind.consultation)
    lines.push(
      `- **Consultation:** on revision ${ind.consultation.revision}, closes ${ind.consultation.closesAt.slice(0, 10)}`,
    );
  if (publicUrl) lines.push(`- **Source:** ${publicUrl}/indicators/${ind.code}`);
  // Paragraphs carry the numbers the page, the print view and consultation comments use.
  const paragraphs = paragraphsOf(ind.fields);
  for (const section of FIELD_SECTIONS) {
    lines.push('', `## ${section.title}`);
    for (const field of section.fields) {
      const numbered = paragraphs.filter((p) => p.field === field).map((p) => `¶${p.number} ${p.text}`);
      lines.push('', `### ${FIELD_LABELS[field]}`, '', numbered.join('\n\n') || '_Not written yet._');
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The metadata as JSON: the indicator's identity, lifecycle and current fields (no viewer abilities). */
export function indicatorJson(ind: IndicatorDto) {
  const { can: _can, ...rest } = ind;
  return { ...rest, fieldLabels: FIELD_LABELS, paragraphs: paragraphsOf(ind.fields) };
}

/** One CSV cell: quoted when needed, and a leading =,+,-,@ neutralised so spreadsheets do not run it. */
function cell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const COLUMNS = ['code', 'title', 'status', 'tier', 'custodian', 'visibility', 'revision', 'last_revised_at'];

/** The catalogue as CSV (RFC 4180, CRLF line ends). */
export function catalogueCsv(items: IndicatorSummary[]): string {
  const rows = items.map((i) =>
    [
      i.code,
      i.title,
      i.status,
      i.tier,
      i.custodian?.name ?? '',
      i.visibility,
      i.currentRevision,
      i.lastRevisedAt,
    ]
      .map(cell)
      .join(','),
  );
  return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
