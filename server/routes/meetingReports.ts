import type { Request, Router } from 'express';
import { listOf } from '@shared/schemas/common';
import {
  MeetingParamsSchema,
  ProposalListQuerySchema,
  ProposalParamsSchema,
  ProposeReportSchema,
  ReportProposalDtoSchema,
} from '@shared/schemas/meeting';
import { defineLegacyRoute } from '../openapi/defineRoute';
import { actorOf } from './context';
import { valid } from '../middlewares/validate';
import { authorize } from '../policies';
import { canManageMeetings, canProposeReport, canReadMeeting, canReadProposals } from '../policies/meeting';
import { loadMeeting } from '../features/meetings/meetings';
import {
  acceptProposal,
  listProposals,
  loadProposal,
  presentProposals,
  proposeReport,
  rejectProposal,
} from '../features/meetings/meetingReports';

/** Report versions: members propose a new version of a session report, hosts accept or decline. */
export function meetingReportsRoutes(router: Router, base: string) {
  const meetingOf = async (req: Request, slug: string) => {
    const meeting = await loadMeeting(slug);
    authorize(canReadMeeting(req.user, meeting), req.user, { hide: 'Meeting' });
    return meeting;
  };
  const present = async (row: Parameters<typeof presentProposals>[0][number]) =>
    (await presentProposals([row]))[0]!;
  const decide = async (req: Request, how: typeof acceptProposal) => {
    const { slug, id } = valid(req, ProposalParamsSchema, 'params');
    const meeting = await meetingOf(req, slug);
    authorize(canManageMeetings(req.user), req.user);
    return present(await how(meeting, await loadProposal(meeting, id), actorOf(req)));
  };

  defineLegacyRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:slug/report-proposals',
      summary: 'Proposed, accepted and declined versions of the report (signed-in readers)',
      access: 'user',
      params: MeetingParamsSchema,
      query: ProposalListQuerySchema,
      response: { status: 200, schema: listOf(ReportProposalDtoSchema) },
      errors: [404],
    },
    async (req, res) => {
      const meeting = await meetingOf(req, valid(req, MeetingParamsSchema, 'params').slug);
      authorize(canReadProposals(req.user, meeting), req.user);
      res.json(await listProposals(meeting, valid(req, ProposalListQuerySchema, 'query')));
    },
  );
  defineLegacyRoute(
    router,
    base,
    {
      method: 'post',
      path: '/:slug/report-proposals',
      summary: 'Propose a new version of the report (members); hosts are notified',
      access: 'user',
      params: MeetingParamsSchema,
      body: ProposeReportSchema,
      response: { status: 201, schema: ReportProposalDtoSchema },
      errors: [404],
    },
    async (req, res) => {
      const meeting = await meetingOf(req, valid(req, MeetingParamsSchema, 'params').slug);
      authorize(canProposeReport(req.user, meeting), req.user);
      const row = await proposeReport(meeting, valid(req, ProposeReportSchema), actorOf(req));
      res.status(201).json(await present(row));
    },
  );
  for (const [action, how, summary] of [
    ['accept', acceptProposal, 'Accept a proposal: it becomes the next report version (hosts)'],
    ['reject', rejectProposal, 'Decline a proposal (hosts)'],
  ] as const) {
    defineLegacyRoute(
      router,
      base,
      {
        method: 'post',
        path: `/:slug/report-proposals/:id/${action}`,
        summary,
        access: 'user',
        params: ProposalParamsSchema,
        response: { status: 200, schema: ReportProposalDtoSchema },
        errors: [404, 409],
      },
      async (req, res) => {
        res.json(await decide(req, how));
      },
    );
  }
}
