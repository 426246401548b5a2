import type { TermDto, TermSummaryDto } from '@shared/schemas/term';
import type { TermRecord } from '../../models/Term';
import type { Viewer } from '../../policies/index';
import { canAgreeTerm, canEditTerm } from '../../policies/term';
import { renderMarkdownCached } from '../../lib/markdown';

/** The definition as plain text, cut at a word boundary: enough for a list row. */
function excerptOf(markdown: string, max = 180): string {
  const text = markdown
    .replace(/[#*_`>[\]()]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  return `${text.slice(0, text.lastIndexOf(' ', max) > 0 ? text.lastIndexOf(' ', max) : max)}…`;
}

export function presentTermSummary(t: TermRecord): TermSummaryDto {
  return {
    id: String(t._id),
    slug: t.slug,
    term: t.term,
    excerpt: excerptOf(t.definition),
    status: t.status,
    visibility: t.visibility === 'public' ? 'public' : 'members',
  };
}

export function presentTerm(
  t: TermRecord,
  related: Pick<TermRecord, 'slug' | 'term'>[],
  names: Map<string, string>,
  viewer: Viewer,
): TermDto {
  return {
    ...presentTermSummary(t),
    definition: t.definition,
    definitionHtml: renderMarkdownCached(t.definition),
    notes: t.notes ?? '',
    notesHtml: renderMarkdownCached(t.notes ?? ''),
    sources: t.sources ?? [],
    related: related.map((r) => ({ slug: r.slug, term: r.term })),
    proposedBy: t.proposedBy
      ? { id: String(t.proposedBy), name: names.get(String(t.proposedBy)) ?? 'Former user' }
      : null,
    agreedAt: t.agreedAt ? t.agreedAt.toISOString() : null,
    updatedAt: t.updatedAt.toISOString(),
    can: { edit: canEditTerm(viewer, t), agree: canAgreeTerm(viewer) },
  };
}
