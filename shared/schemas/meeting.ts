import { z } from 'zod';
import { VISIBILITIES } from '../roles';
import { ObjectIdSchema, PageQuerySchema } from './common';

const OrgRef = z.object({ id: z.string(), name: z.string(), slug: z.string(), category: z.string() });

export const MeetingSummaryDtoSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  event: z.string(),
  location: z.string(),
  startsAt: z.string(),
  endsAt: z.string().nullable(),
  focus: z.string(),
  visibility: z.enum(VISIBILITIES),
});
export type MeetingSummaryDto = z.infer<typeof MeetingSummaryDtoSchema>;

const PresentationDtoSchema = z.object({
  title: z.string(),
  presenter: OrgRef.nullable(),
  /** The library document; null when it is gone or the viewer may not read it. */
  document: z.object({ id: z.string(), title: z.string() }).nullable(),
});

export const MeetingDtoSchema = MeetingSummaryDtoSchema.extend({
  chair: OrgRef.nullable(),
  participants: z.array(OrgRef),
  report: z.string(),
  /** The report rendered to sanitised HTML on the server. */
  reportHtml: z.string(),
  /** The accepted report version (1 = as first recorded). */
  reportVersion: z.number().int(),
  presentations: z.array(PresentationDtoSchema),
  decisions: z.array(z.string()),
  can: z.object({ edit: z.boolean(), proposeReport: z.boolean(), reviewProposals: z.boolean() }),
});
export type MeetingDto = z.infer<typeof MeetingDtoSchema>;

export const MeetingListQuerySchema = PageQuerySchema.extend({
  year: z.coerce.number().int().min(1990).max(2100).optional(),
});

const MeetingSlugSchema = z.string().regex(/^[a-z0-9-]{1,80}$/, 'Invalid slug');
export const MeetingParamsSchema = z.strictObject({ slug: MeetingSlugSchema });

const DateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2013-10-24')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'Not a real date');
const REPORT_MAX = 100_000;
const ReportSchema = z.string().max(REPORT_MAX, `Reports are at most ${REPORT_MAX} characters`);

const PresentationInputSchema = z.strictObject({
  title: z.string().trim().min(2, 'Give the presentation a title').max(200),
  presenterOrganisationId: ObjectIdSchema.nullable().default(null),
  documentId: ObjectIdSchema.nullable().default(null),
});

const meetingFields = {
  title: z.string().trim().min(3, 'Give the meeting a title').max(200),
  slug: MeetingSlugSchema,
  event: z.string().trim().max(120),
  location: z.string().trim().max(120),
  startsAt: DateSchema,
  endsAt: DateSchema.nullable(),
  chairOrganisationId: ObjectIdSchema.nullable(),
  participantIds: z.array(ObjectIdSchema).max(200),
  focus: z.string().trim().max(2000),
  report: ReportSchema,
  presentations: z.array(PresentationInputSchema).max(50),
  decisions: z.array(z.string().trim().min(3, 'Write the decision').max(1000)).max(50),
  visibility: z.enum(VISIBILITIES),
};

export const CreateMeetingSchema = z
  .strictObject({
    ...meetingFields,
    slug: meetingFields.slug.optional(),
    event: meetingFields.event.default(''),
    location: meetingFields.location.default(''),
    endsAt: meetingFields.endsAt.default(null),
    chairOrganisationId: meetingFields.chairOrganisationId.default(null),
    participantIds: meetingFields.participantIds.default([]),
    focus: meetingFields.focus.default(''),
    report: meetingFields.report.default(''),
    presentations: meetingFields.presentations.default([]),
    decisions: meetingFields.decisions.default([]),
    visibility: meetingFields.visibility.default('members'),
  })
  .refine((m) => !m.endsAt || m.endsAt >= m.startsAt, {
    message: 'The end date cannot be before the start',
    path: ['endsAt'],
  });
export type CreateMeetingInput = z.input<typeof CreateMeetingSchema>;

export const UpdateMeetingSchema = z
  .strictObject({
    title: meetingFields.title.optional(),
    event: meetingFields.event.optional(),
    location: meetingFields.location.optional(),
    startsAt: meetingFields.startsAt.optional(),
    endsAt: meetingFields.endsAt.optional(),
    chairOrganisationId: meetingFields.chairOrganisationId.optional(),
    participantIds: meetingFields.participantIds.optional(),
    focus: meetingFields.focus.optional(),
    report: meetingFields.report.optional(),
    /** With `report`: the version the editor started from, so a concurrent change is not overwritten. */
    baseVersion: z.number().int().min(1).optional(),
    presentations: meetingFields.presentations.optional(),
    decisions: meetingFields.decisions.optional(),
    visibility: meetingFields.visibility.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'Change at least one field' });
export type UpdateMeetingInput = z.input<typeof UpdateMeetingSchema>;

export const REPORT_PROPOSAL_STATUSES = ['proposed', 'accepted', 'rejected'] as const;

export const ReportProposalDtoSchema = z.object({
  id: z.string(),
  status: z.enum(REPORT_PROPOSAL_STATUSES),
  /** The report version the proposal was written against. */
  baseVersion: z.number().int(),
  /** The version number it became when accepted. */
  number: z.number().int().nullable(),
  report: z.string(),
  reportHtml: z.string(),
  note: z.string(),
  author: z.object({ id: z.string(), name: z.string() }).nullable(),
  decidedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type ReportProposalDto = z.infer<typeof ReportProposalDtoSchema>;

export const ProposeReportSchema = z.strictObject({
  report: ReportSchema.min(1, 'Write the report'),
  baseVersion: z.number().int().min(1),
  note: z.string().trim().max(500).default(''),
});
export type ProposeReportInput = z.input<typeof ProposeReportSchema>;

export const ProposalParamsSchema = z.strictObject({ slug: MeetingSlugSchema, id: ObjectIdSchema });
export const ProposalListQuerySchema = PageQuerySchema.extend({
  status: z.enum(REPORT_PROPOSAL_STATUSES).optional(),
});
