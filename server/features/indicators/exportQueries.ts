import type { Language } from '@shared/i18n/languages';
import type { IndicatorSummary } from '@shared/schemas/indicator';
import type { Viewer } from '../../policies/index';
import { catalogueCsv, indicatorJson, indicatorMarkdown } from './indicatorExport';
import { cataloguePage, readIndicator } from './queries';

/** The whole catalogue the viewer may read as CSV, from `cursor` on (one page of 100 at a time). */
export async function catalogueCsvFor(viewer: Viewer, cursor?: string): Promise<string> {
  const items: IndicatorSummary[] = [];
  let next: string | undefined = cursor;
  // The whole readable catalogue, page by page (it is small; the pages keep each query bounded).
  do {
    const page = await cataloguePage(viewer, { limit: 100, cursor: next }, { authors: false });
    items.push(...page.items);
    next = page.nextCursor ?? undefined;
  } while (next);
  return catalogueCsv(items);
}

/** One indicator's metadata as Markdown, headed in the reader's language. */
export async function indicatorMarkdownFor(
  viewer: Viewer,
  code: string,
  publicUrl: string | null,
  language: Language,
): Promise<string> {
  return indicatorMarkdown(await readIndicator(viewer, code), publicUrl, language);
}

/** One indicator's metadata as JSON, its field labels in the reader's language. */
export async function indicatorJsonFor(viewer: Viewer, code: string, language: Language) {
  return indicatorJson(await readIndicator(viewer, code), language);
}
