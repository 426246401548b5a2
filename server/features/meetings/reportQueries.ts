import type { z } from 'zod';
import type { List } from '@shared/schemas/common';
import type { ProposalListQuerySchema, ReportProposalDto } from '@shared/schemas/meeting';
import { authorize, type Viewer } from '../../policies/index';
import { canReadProposals } from '../../policies/meeting';
import type { ReportProposalRecord } from '../../models/ReportProposal';
import { userNames } from '../accounts/peopleNames';
import { findProposals } from './meetingReports';
import { presentProposal } from './meetingPresenter';
import { readableMeeting } from './queries';

/** Report versions with their authors and deciders by name (one query for all of them). */
async function proposalViews(rows: ReportProposalRecord[]): Promise<ReportProposalDto[]> {
  const names = await userNames(rows.flatMap((r) => [r.authorId, r.decidedBy]));
  return rows.map((r) => presentProposal(r, names));
}

export async function proposalView(row: ReportProposalRecord): Promise<ReportProposalDto> {
  return (await proposalViews([row]))[0]!;
}

/** Proposed, accepted and declined versions of a meeting's report, newest first (signed-in readers). */
export async function listReportProposals(
  viewer: Viewer,
  slug: string,
  q: z.infer<typeof ProposalListQuerySchema>,
): Promise<List<ReportProposalDto>> {
  const meeting = await readableMeeting(viewer, slug);
  authorize(canReadProposals(viewer, meeting), viewer);
  const page = await findProposals(meeting, q);
  return { items: await proposalViews(page.items), nextCursor: page.nextCursor };
}
