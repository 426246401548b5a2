import { z } from 'zod';
import { ORG_CATEGORIES, VISIBILITIES } from '../roles';
import { ErrorSchema, FreeTextSchema, ObjectIdSchema, PageQuerySchema } from './common';
import { LanguageSchema } from './language';

export const INDICATOR_STATUSES = ['proposed', 'drafting', 'consultation', 'endorsed', 'retired'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];
export const INDICATOR_STATUS_LABELS: Record<IndicatorStatus, string> = {
  proposed: 'Proposed',
  drafting: 'Drafting',
  consultation: 'In consultation',
  endorsed: 'Endorsed',
  retired: 'Retired',
};

/** Tiers as in the SDG framework: I established method and data, II method but patchy data, III neither yet. */
export const INDICATOR_TIERS = ['I', 'II', 'III'] as const;
export type IndicatorTier = (typeof INDICATOR_TIERS)[number];

export const STANCES = ['support', 'no-objection', 'concern', 'abstain'] as const;
export type Stance = (typeof STANCES)[number];

/** The metadata text fields, modelled on the UN SDG metadata template, in display order. */
export const INDICATOR_TEXT_FIELDS = [
  'definition',
  'unit',
  'rationale',
  'computation',
  'disaggregation',
  'dataSources',
  'limitations',
  'references',
] as const;
export type IndicatorTextField = (typeof INDICATOR_TEXT_FIELDS)[number];

/** Every field a revision snapshots (the things a save can change). */
export const REVISED_FIELDS = ['title', 'tier', 'custodianId', ...INDICATOR_TEXT_FIELDS] as const;
export type RevisedField = (typeof REVISED_FIELDS)[number];

export const FIELD_LABELS: Record<RevisedField, string> = {
  title: 'Title',
  tier: 'Tier',
  custodianId: 'Custodian organisation',
  definition: 'Definition and concepts',
  unit: 'Unit of measure',
  rationale: 'Rationale',
  computation: 'Computation method',
  disaggregation: 'Disaggregation',
  dataSources: 'Data sources',
  limitations: 'Limitations',
  references: 'References',
};

/** Sections of the indicator page and exports, after the SDG metadata template. */
export const FIELD_SECTIONS: { title: string; fields: IndicatorTextField[] }[] = [
  { title: 'Concepts and definitions', fields: ['definition', 'unit', 'rationale'] },
  { title: 'Methodology', fields: ['computation', 'disaggregation', 'limitations'] },
  { title: 'Data sources', fields: ['dataSources'] },
  { title: 'References', fields: ['references'] },
];

export const TEXT_FIELD_MAX = 10_000;
const CodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9]{0,11}-[A-Z0-9]{1,8}$/, 'Use a code such as CSAM-01 (letters, a dash, digits)');

const text = (max = TEXT_FIELD_MAX) => z.string().trim().max(max, `At most ${max} characters`);
const IndicatorFieldsSchema = z.object({
  title: z.string().trim().min(3, 'Give the indicator a title').max(200),
  tier: z.enum(INDICATOR_TIERS, { message: 'Choose tier I, II or III' }),
  custodianId: ObjectIdSchema.nullable(),
  definition: text(),
  unit: text(200),
  rationale: text(),
  computation: text(),
  disaggregation: text(),
  dataSources: text(),
  limitations: text(),
  references: text(),
});
export type IndicatorFields = z.infer<typeof IndicatorFieldsSchema>;

const NoteSchema = z.string().trim().max(500, 'Keep the note under 500 characters');

export const CreateIndicatorSchema = IndicatorFieldsSchema.partial()
  .extend({
    code: CodeSchema,
    title: IndicatorFieldsSchema.shape.title,
    tier: IndicatorFieldsSchema.shape.tier.default('III'),
    visibility: z.enum(VISIBILITIES).default('members'),
    /** The language the indicator is written in (default: the author's interface language). */
    language: LanguageSchema.optional(),
    note: NoteSchema.optional(),
  })
  .strict();
export type CreateIndicatorInput = z.input<typeof CreateIndicatorSchema>;

/** A save: the revision it was based on, a note, and only the fields that changed. */
export const SaveIndicatorSchema = IndicatorFieldsSchema.partial()
  .extend({
    baseRevision: z.number().int().min(1, 'baseRevision is the revision number you started from'),
    note: NoteSchema.optional(),
  })
  .strict()
  .refine((v) => REVISED_FIELDS.some((f) => v[f] !== undefined), 'Change at least one field');
export type SaveIndicatorInput = z.input<typeof SaveIndicatorSchema>;

export const TransitionSchema = z
  .strictObject({
    to: z.enum(INDICATOR_STATUSES, { message: 'Choose a status' }),
    reason: z.string().trim().min(3, 'Say why (a few words)').max(1000),
    /** Consultation only: the revision organisations respond to (default: the latest). */
    revision: z.number().int().min(1).optional(),
    /** Consultation only: when it closes (ISO date-time, in the future). */
    closesAt: z.iso.datetime({ offset: true, message: 'closesAt must be an ISO date-time' }).optional(),
    /** Endorsement only: a host endorses despite open concerns or a missing quorum. */
    override: z.boolean().optional(),
  })
  .refine((v) => v.to !== 'consultation' || v.closesAt, {
    message: 'Give a closing date for the consultation',
    path: ['closesAt'],
  });
export type TransitionInput = z.input<typeof TransitionSchema>;

export const PositionInputSchema = z
  .strictObject({
    stance: z.enum(STANCES, { message: 'Choose support, no objection, concern or abstain' }),
    comment: z.string().trim().max(4000).default(''),
  })
  .refine((v) => v.stance !== 'concern' || v.comment.length > 0, {
    message: 'A concern needs a comment saying what would resolve it',
    path: ['comment'],
  });
export type PositionInput = z.input<typeof PositionInputSchema>;

/** `PUT /api/indicators/:code/visibility`: who reads the indicator from now on. */
export const IndicatorVisibilitySchema = z.strictObject({
  visibility: z.enum(VISIBILITIES, { message: 'Choose public, members or hosts' }),
});

/** The texts a translation carries: the title and every metadata text field. */
export const TRANSLATED_FIELDS = ['title', ...INDICATOR_TEXT_FIELDS] as const;
export type TranslatedField = (typeof TRANSLATED_FIELDS)[number];

/**
 * `PUT /api/indicators/:code/translations/:language`: the indicator's texts in that language (a
 * field left out is empty), and the revision they translate (default: the latest).
 */
export const IndicatorTranslationInputSchema = z.strictObject({
  title: IndicatorFieldsSchema.shape.title,
  definition: text().default(''),
  unit: text(200).default(''),
  rationale: text().default(''),
  computation: text().default(''),
  disaggregation: text().default(''),
  dataSources: text().default(''),
  limitations: text().default(''),
  references: text().default(''),
  revision: z.number().int().min(1).optional(),
});
export type IndicatorTranslationInput = z.input<typeof IndicatorTranslationInputSchema>;

/** `PUT /api/indicators/:code/language`: the language the indicator is written in. */
export const IndicatorLanguageSchema = z.strictObject({ language: LanguageSchema });

export const IndicatorCodeParamsSchema = z.strictObject({ code: CodeSchema });
export const IndicatorTranslationParamsSchema = z.strictObject({
  code: CodeSchema,
  language: LanguageSchema,
});
export const IndicatorListQuerySchema = PageQuerySchema.extend({
  q: FreeTextSchema(100).optional(),
  status: z.enum(INDICATOR_STATUSES).optional(),
  tier: z.enum(INDICATOR_TIERS).optional(),
  custodian: ObjectIdSchema.optional(),
});
export const DiffQuerySchema = z.strictObject({
  from: z.coerce.number().int().min(1, 'from is a revision number'),
  to: z.coerce.number().int().min(1, 'to is a revision number'),
});

const Ref = z.object({ id: z.string(), name: z.string() });
const OrgRef = Ref.extend({ slug: z.string() });

export const IndicatorSummarySchema = z.object({
  code: z.string(),
  title: z.string(),
  status: z.enum(INDICATOR_STATUSES),
  tier: z.enum(INDICATOR_TIERS),
  custodian: OrgRef.nullable(),
  visibility: z.enum(VISIBILITIES),
  currentRevision: z.number().int(),
  lastRevisedAt: z.string(),
  lastRevisedBy: Ref.nullable(),
  /** The language the indicator is written in. */
  language: LanguageSchema,
  /** Its translations' titles, so a list can show the reader's language (full texts: IndicatorDto). */
  translations: z.array(z.object({ language: LanguageSchema, title: z.string() })),
});
export type IndicatorSummary = z.infer<typeof IndicatorSummarySchema>;

/** The indicator's texts in another language, with what they translate and who translated them. */
const IndicatorTranslationDtoSchema = z.object({
  language: LanguageSchema,
  title: z.string(),
  definition: z.string(),
  unit: z.string(),
  rationale: z.string(),
  computation: z.string(),
  disaggregation: z.string(),
  dataSources: z.string(),
  limitations: z.string(),
  references: z.string(),
  /** The revision translated: older than `currentRevision`, the original has changed since. */
  revision: z.number().int(),
  translatedAt: z.string(),
  translatedBy: Ref.nullable(),
});
export type IndicatorTranslationDto = z.infer<typeof IndicatorTranslationDtoSchema>;

const RevisionDtoSchema = z.object({
  number: z.number().int(),
  fields: IndicatorFieldsSchema,
  custodian: OrgRef.nullable(),
  author: Ref.nullable(),
  note: z.string(),
  baseRevision: z.number().int().nullable(),
  changedFields: z.array(z.enum(REVISED_FIELDS)),
  createdAt: z.string(),
});
export type RevisionDto = z.infer<typeof RevisionDtoSchema>;
export const RevisionSummarySchema = RevisionDtoSchema.omit({ fields: true, custodian: true });
export type RevisionSummary = z.infer<typeof RevisionSummarySchema>;

const TransitionDtoSchema = z.object({
  from: z.enum(INDICATOR_STATUSES).nullable(),
  to: z.enum(INDICATOR_STATUSES),
  by: Ref.nullable(),
  at: z.string(),
  reason: z.string(),
  revision: z.number().int().nullable(),
  override: z.boolean(),
});
export type TransitionDto = z.infer<typeof TransitionDtoSchema>;

export const ConsultationDtoSchema = z.object({
  round: z.number().int(),
  revision: z.number().int(),
  opensAt: z.string(),
  closesAt: z.string(),
  /** Positions can still be recorded or changed. */
  open: z.boolean(),
});
export type ConsultationDto = z.infer<typeof ConsultationDtoSchema>;

export const IndicatorDtoSchema = IndicatorSummarySchema.extend({
  /** The id threads hang from (the code is what people and addresses use). */
  id: z.string(),
  fields: IndicatorFieldsSchema,
  revision: RevisionSummarySchema,
  consultation: ConsultationDtoSchema.nullable(),
  transitions: z.array(TransitionDtoSchema),
  createdAt: z.string(),
  /** Its texts in other languages (never in `language`), in the order of the language bar. */
  translations: z.array(IndicatorTranslationDtoSchema),
  can: z.object({
    edit: z.boolean(),
    transitions: z.array(z.enum(INDICATOR_STATUSES)),
    override: z.boolean(),
    recordPosition: z.boolean(),
    readPositions: z.boolean(),
    /** Hosts, and the creator while proposed or drafting (see `policies/indicator.ts`). */
    changeVisibility: z.boolean(),
    /** Add, replace or remove translations, and correct the language (those who may revise it). */
    translate: z.boolean(),
  }),
});
export type IndicatorDto = z.infer<typeof IndicatorDtoSchema>;

/** The 409 body when a save was based on an older revision. */
export const RevisionConflictSchema = z.object({
  error: z.literal('conflict'),
  message: z.string(),
  latest: RevisionDtoSchema,
});
/**
 * The 409 bodies of a save: a stale base revision (with the latest, so the client can show what
 * changed), or an indicator no longer edited (`not_editable`, the error and its message only).
 */
export const SaveConflictSchema = z.union([RevisionConflictSchema, ErrorSchema]);

/** The 409 body when endorsement waits for dispositions: how many submitted comments have none. */
export const EndorsementBlockedSchema = z.object({
  error: z.literal('transition_refused'),
  message: z.string(),
  undisposedComments: z.number().int(),
});
/** The 409 bodies of a status change: the endorsement gate (with its count), or any other refusal. */
export const TransitionConflictSchema = z.union([EndorsementBlockedSchema, ErrorSchema]);

export const DiffSegmentSchema = z.object({
  type: z.enum(['equal', 'insert', 'delete']),
  text: z.string(),
});
export type DiffSegment = z.infer<typeof DiffSegmentSchema>;
export const IndicatorDiffSchema = z.object({
  from: RevisionSummarySchema,
  to: RevisionSummarySchema,
  fields: z.array(
    z.object({
      field: z.enum(REVISED_FIELDS),
      label: z.string(),
      changed: z.boolean(),
      segments: z.array(DiffSegmentSchema),
    }),
  ),
});
export type IndicatorDiff = z.infer<typeof IndicatorDiffSchema>;

const PositionDtoSchema = z.object({
  organisation: OrgRef.extend({ category: z.enum(ORG_CATEGORIES) }),
  stance: z.enum(STANCES),
  comment: z.string(),
  recordedBy: Ref.nullable(),
  revision: z.number().int(),
  updatedAt: z.string(),
});
export type PositionDto = z.infer<typeof PositionDtoSchema>;

const StanceCounts = z.object({
  support: z.number().int(),
  'no-objection': z.number().int(),
  concern: z.number().int(),
  abstain: z.number().int(),
});
export const PositionsDtoSchema = z.object({
  consultation: ConsultationDtoSchema.nullable(),
  items: z.array(PositionDtoSchema),
  nextCursor: z.null(),
  summary: z.object({
    memberOrganisations: z.number().int(),
    responded: z.number().int(),
    quorum: z.object({ fraction: z.number(), required: z.number().int(), met: z.boolean() }),
    totals: StanceCounts,
    byConstituency: z.array(
      StanceCounts.extend({ category: z.enum(ORG_CATEGORIES), notResponded: z.number().int() }),
    ),
    notResponded: z.array(OrgRef.extend({ category: z.enum(ORG_CATEGORIES) })),
    openConcerns: z.array(PositionDtoSchema),
    /** Whether the rules allow endorsement without a host override. */
    endorsable: z.boolean(),
  }),
  mine: PositionDtoSchema.nullable(),
});
export type PositionsDto = z.infer<typeof PositionsDtoSchema>;
