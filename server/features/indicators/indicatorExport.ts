import {
  FIELD_LABELS,
  FIELD_SECTIONS,
  type IndicatorDto,
  type IndicatorSummary,
} from '@shared/schemas/indicator';
import { paragraphsOf } from '@shared/paragraphs';
import type { Language } from '@shared/i18n/languages';
import { translator } from '../../i18n/index';

/** The sections of the SDG metadata template, in FIELD_SECTIONS' order. */
const SECTION_KEYS = ['concepts', 'methodology', 'dataSources', 'references'] as const;

/**
 * The metadata as a Markdown document, sectioned like the SDG metadata template, its headings in
 * the reader's language.
 */
export function indicatorMarkdown(ind: IndicatorDto, publicUrl: string | null, language: Language): string {
  const t = translator(language);
  const label = (key: string) => `**${t(`exports:indicator.labels.${key}`)}**`;
  const lines = [
    `# ${ind.code}: ${ind.title}`,
    '',
    `- ${label('status')} ${t(`exports:indicator.statuses.${ind.status}`)}`,
    `- ${label('tier')} ${ind.tier}`,
    `- ${label('custodian')} ${ind.custodian?.name ?? t('exports:indicator.notAssigned')}`,
    `- ${label('revision')} ${ind.currentRevision} (${ind.revision.createdAt.slice(0, 10)}${ind.revision.author ? `, ${ind.revision.author.name}` : ''})`,
  ];
  if (ind.consultation)
    lines.push(
      `- ${label('consultation')} ${t('exports:indicator.consultation', {
        revision: ind.consultation.revision,
        closes: ind.consultation.closesAt.slice(0, 10),
      })}`,
    );
  if (publicUrl) lines.push(`- ${label('source')} ${publicUrl}/indicators/${ind.code}`);
  // Paragraphs carry the numbers the page, the print view and consultation comments use.
  const paragraphs = paragraphsOf(ind.fields);
  FIELD_SECTIONS.forEach((section, i) => {
    lines.push('', `## ${t(`exports:indicator.sections.${SECTION_KEYS[i]}`)}`);
    for (const field of section.fields) {
      const numbered = paragraphs.filter((p) => p.field === field).map((p) => `¶${p.number} ${p.text}`);
      lines.push(
        '',
        `### ${t(`exports:fields.${field}`)}`,
        '',
        numbered.join('\n\n') || `_${t('exports:indicator.notWritten')}_`,
      );
    }
  });
  return `${lines.join('\n')}\n`;
}

/** The field labels in a language (the JSON export names its fields for people too). */
const fieldLabelsIn = (language: Language): Record<keyof typeof FIELD_LABELS, string> => {
  const t = translator(language);
  return Object.fromEntries(
    Object.keys(FIELD_LABELS).map((field) => [field, t(`exports:fields.${field}`)]),
  ) as Record<keyof typeof FIELD_LABELS, string>;
};

/** The metadata as JSON: the indicator's identity, lifecycle and current fields (no viewer abilities). */
export function indicatorJson(ind: IndicatorDto, language: Language) {
  const { can: _can, ...rest } = ind;
  return { ...rest, fieldLabels: fieldLabelsIn(language), paragraphs: paragraphsOf(ind.fields) };
}

/** One CSV cell: quoted when needed, and a leading =,+,-,@ neutralised so spreadsheets do not run it. */
function cell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Machine-readable column names and values (codes such as `drafting`): the same in every language. */
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
