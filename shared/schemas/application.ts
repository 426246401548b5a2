import { z } from 'zod';
import { ORG_CATEGORIES } from '../roles';
import { EmailSchema, PageQuerySchema, WebsiteSchema } from './common';
import { IssuedInvitationSchema } from './invitation';
import { OrganisationDtoSchema } from './organisation';
import { LIMITS } from '../limits';

export const APPLICATION_STATUSES = ['pending', 'approved', 'rejected'] as const;

export const SubmitApplicationSchema = z.strictObject({
  organisationName: z.string().trim().min(2, 'Enter the organisation’s name').max(200),
  category: z.enum(ORG_CATEGORIES, { message: 'Choose a category' }),
  country: z.string().trim().min(2, 'Enter a country').max(100),
  website: WebsiteSchema.optional(),
  contactName: z.string().trim().min(2, 'Enter a contact name').max(LIMITS.nameMax),
  contactEmail: EmailSchema,
  motivation: z.string().trim().min(30, 'Tell us in at least 30 characters why you want to join').max(4000),
});
export type SubmitApplicationInput = z.input<typeof SubmitApplicationSchema>;

export const ApplicationDtoSchema = z.object({
  id: z.string(),
  organisationName: z.string(),
  category: z.enum(ORG_CATEGORIES),
  country: z.string(),
  website: z.string().nullable(),
  contactName: z.string(),
  contactEmail: z.string(),
  motivation: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  createdAt: z.string(),
  reviewedAt: z.string().nullable(),
  reviewer: z.object({ id: z.string(), name: z.string() }).nullable(),
  rejectionReason: z.string().nullable(),
  organisationId: z.string().nullable(),
});
export type ApplicationDto = z.infer<typeof ApplicationDtoSchema>;

export const ApplicationListQuerySchema = PageQuerySchema.extend({
  status: z.enum(APPLICATION_STATUSES).optional(),
});

export const RejectApplicationSchema = z.strictObject({
  reason: z.string().trim().min(5, 'Give the applicant a reason (at least 5 characters)').max(2000),
});

export const SubmittedApplicationSchema = z.object({ id: z.string(), status: z.literal('pending') });

/** What approving returns: the application, the organisation it created, and the contact's invitation. */
export const ApprovedApplicationSchema = z.object({
  application: ApplicationDtoSchema,
  organisation: OrganisationDtoSchema,
  invitation: IssuedInvitationSchema,
});
export type ApprovedApplication = z.infer<typeof ApprovedApplicationSchema>;
