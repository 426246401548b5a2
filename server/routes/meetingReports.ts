import type { Router } from 'express';
import { listOf } from '@shared/schemas/common';
import {
  MeetingParamsSchema,
  ProposalListQuerySchema,
  ProposalParamsSchema,
  ProposeReportSchema,
  ReportProposalDtoSchema,
} from '@shared/schemas/meeting';
import { defineRoute } from '../openapi/defineRoute';
import { actorOf } from './context';
import { listReportProposals } from '../features/meetings/reportQueries';
import { decideReportProposal, proposeReport } from '../features/meetings/reportCommands';

/** Report versions: members propose a new version of a session report, hosts accept or decline. */
export function meetingReportsRoutes(router: Router, base: string) {
  defineRoute(
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
    ({ viewer, params, query }) => listReportProposals(viewer, params.slug, query),
  );
  defineRoute(
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
    ({ req, params, body }) => proposeReport(actorOf(req), params.slug, body),
  );
  for (const [decision, summary] of [
    ['accept', 'Accept a proposal: it becomes the next report version (hosts)'],
    ['reject', 'Decline a proposal (hosts)'],
  ] as const) {
    defineRoute(
      router,
      base,
      {
        method: 'post',
        path: `/:slug/report-proposals/:id/${decision}`,
        summary,
        access: 'user',
        params: ProposalParamsSchema,
        response: { status: 200, schema: ReportProposalDtoSchema },
        errors: [404, 409],
      },
      ({ req, params }) => decideReportProposal(actorOf(req), params.slug, params.id, decision),
    );
  }
}
