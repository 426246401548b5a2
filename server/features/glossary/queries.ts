import type { z } from 'zod';
import type { List } from '@shared/schemas/common';
import type { TermDto, TermListQuerySchema, TermSummaryDto } from '@shared/schemas/term';
import { authorize, type Viewer } from '../../policies/index';
import { canReadTerm } from '../../policies/term';
import type { TermRecord } from '../../models/Term';
import { userNames } from '../accounts/peopleNames';
import { findTerms, loadTerm, relatedTerms } from './glossary';
import { presentTerm, presentTermSummary } from './termPresenter';

/** Glossary terms the viewer may read, in alphabetical order. */
export async function listTerms(
  viewer: Viewer,
  q: z.infer<typeof TermListQuerySchema>,
): Promise<List<TermSummaryDto>> {
  const page = await findTerms(viewer, q);
  return { items: page.items.map(presentTermSummary), nextCursor: page.nextCursor };
}

/** A term the viewer may read (anything else is "not found", so its existence does not leak). */
export async function readableTerm(viewer: Viewer, slug: string): Promise<TermRecord> {
  const term = await loadTerm(slug);
  authorize(canReadTerm(viewer, term), viewer, { hide: 'Term' });
  return term;
}

/** The full term with its related terms and its proposer's name. */
export async function termView(term: TermRecord, viewer: Viewer): Promise<TermDto> {
  const [related, names] = await Promise.all([relatedTerms(term, viewer), userNames([term.proposedBy])]);
  return presentTerm(term, related, names, viewer);
}

export async function readTerm(viewer: Viewer, slug: string): Promise<TermDto> {
  return termView(await readableTerm(viewer, slug), viewer);
}
