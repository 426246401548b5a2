import type { z } from 'zod';
import type { ProposeReportSchema, ReportProposalDto } from '@shared/schemas/meeting';
import { authorize } from '../../policies/index';
import { canManageMeetings, canProposeReport } from '../../policies/meeting';
import type { Actor } from '../actor';
import { acceptProposal, loadProposal, createProposal, rejectProposal } from './meetingReports';
import { readableMeeting } from './queries';
import { proposalView } from './reportQueries';

/** A member (or host) proposes a new version of a meeting's report; hosts are notified. */
export async function proposeReport(
  actor: Actor,
  slug: string,
  input: z.infer<typeof ProposeReportSchema>,
): Promise<ReportProposalDto> {
  const meeting = await readableMeeting(actor, slug);
  authorize(canProposeReport(actor, meeting), actor);
  return proposalView(await createProposal(meeting, input, actor));
}

/**
 * A host decides on a proposal: accepting makes it the report's next version (409 if the report
 * moved on since it was started, or if it was already decided); declining only records the decision.
 */
export async function decideReportProposal(
  actor: Actor,
  slug: string,
  id: string,
  decision: 'accept' | 'reject',
): Promise<ReportProposalDto> {
  const meeting = await readableMeeting(actor, slug);
  authorize(canManageMeetings(actor), actor);
  const proposal = await loadProposal(meeting, id);
  const decide = decision === 'accept' ? acceptProposal : rejectProposal;
  return proposalView(await decide(meeting, proposal, actor));
}
