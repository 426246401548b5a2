import mongoose, { Schema, type Types } from 'mongoose';
import { VISIBILITIES, type Visibility } from '@shared/roles';
import {
  INDICATOR_STATUSES,
  INDICATOR_TEXT_FIELDS,
  INDICATOR_TIERS,
  type IndicatorStatus,
  type IndicatorTextField,
  type IndicatorTier,
} from '@shared/schemas/indicator';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@shared/i18n/languages';

/** One recorded status change: the timeline of an indicator. */
export interface TransitionRecord {
  from: IndicatorStatus | null;
  to: IndicatorStatus;
  by: Types.ObjectId | null;
  at: Date;
  reason: string;
  /** The revision a consultation opened on, or the one endorsed. */
  revision: number | null;
  /** A host endorsed despite open concerns or a missing quorum. */
  override: boolean;
}

/** The latest consultation: `round` numbers them so positions from an earlier one never count. */
export interface ConsultationRecord {
  round: number;
  revision: number;
  opensAt: Date;
  closesAt: Date;
  openedBy: Types.ObjectId | null;
}

/** The texts a translation carries: the title and the metadata text fields, in its language. */
type TranslatedTexts = { title: string } & Record<IndicatorTextField, string>;

/**
 * The indicator's texts in another language than its own. Kept on the indicator itself, so whoever
 * may read the indicator reads its translations and nobody else does.
 */
export interface TranslationRecord extends TranslatedTexts {
  language: Language;
  /** The revision that was translated (a later revision of the original makes it out of date). */
  revision: number;
  translatedAt: Date;
  translatedBy: Types.ObjectId | null;
}

/**
 * An indicator: its identity, lifecycle and a copy of the catalogue columns of its latest revision.
 * The metadata itself lives in IndicatorRevision snapshots (the latest one is the current text).
 */
export interface IndicatorRecord {
  _id: Types.ObjectId;
  code: string;
  title: string;
  tier: IndicatorTier;
  custodianId: Types.ObjectId | null;
  status: IndicatorStatus;
  visibility: Visibility;
  currentRevision: number;
  lastRevisedAt: Date;
  lastRevisedBy: Types.ObjectId | null;
  consultation: ConsultationRecord | null;
  transitions: TransitionRecord[];
  createdBy: Types.ObjectId | null;
  /*
   * The four fields below are always written (language: English by default); they are optional here
   * because records stored before they existed lack them when read (lean): such a record reads as
   * English, without translations, and gets its search text at start.
   */
  /** The language the indicator is written in (its revisions' texts). */
  language?: Language;
  /** Its texts in other languages, one per language, never in its own. */
  translations?: TranslationRecord[];
  /**
   * What the catalogue search matches: code, title and definition, and the translations' titles and
   * definitions, folded (see features/search/tokenize searchLine). `searchVersion` says which folding
   * made it, so records written before (or with an older one) are brought up to date at start.
   */
  searchText?: string;
  searchVersion?: number;
  createdAt: Date;
  updatedAt: Date;
}

const TransitionSchema = new Schema<TransitionRecord>(
  {
    from: { type: String, enum: [...INDICATOR_STATUSES, null], default: null },
    to: { type: String, enum: INDICATOR_STATUSES, required: true },
    by: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    at: { type: Date, required: true },
    reason: { type: String, default: '' },
    revision: { type: Number, default: null },
    override: { type: Boolean, default: false },
  },
  { _id: false },
);

const ConsultationSchema = new Schema<ConsultationRecord>(
  {
    round: { type: Number, required: true },
    revision: { type: Number, required: true },
    opensAt: { type: Date, required: true },
    closesAt: { type: Date, required: true },
    openedBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
  },
  { _id: false },
);

const TranslationSchema = new Schema<TranslationRecord>(
  {
    language: { type: String, enum: LANGUAGES, required: true },
    title: { type: String, required: true },
    ...Object.fromEntries(INDICATOR_TEXT_FIELDS.map((f) => [f, { type: String, default: '' }])),
    revision: { type: Number, required: true },
    translatedAt: { type: Date, required: true },
    translatedBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
  },
  { _id: false },
);

const IndicatorSchema = new Schema<IndicatorRecord>(
  {
    code: { type: String, required: true, unique: true },
    title: { type: String, required: true },
    tier: { type: String, enum: INDICATOR_TIERS, default: 'III' },
    custodianId: { type: Schema.Types.ObjectId, ref: 'Organisation', default: null },
    status: { type: String, enum: INDICATOR_STATUSES, default: 'proposed' },
    visibility: { type: String, enum: VISIBILITIES, default: 'members' },
    currentRevision: { type: Number, default: 1 },
    lastRevisedAt: { type: Date, required: true },
    lastRevisedBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    consultation: { type: ConsultationSchema, default: null },
    transitions: { type: [TransitionSchema], default: [] },
    createdBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    language: { type: String, enum: LANGUAGES, required: true, default: DEFAULT_LANGUAGE },
    translations: { type: [TranslationSchema], default: [] },
    searchText: { type: String, default: '' },
    searchVersion: { type: Number, default: 0 },
  },
  { timestamps: true },
);
IndicatorSchema.index({ visibility: 1, code: 1 });
IndicatorSchema.index({ status: 1, visibility: 1 });

export const Indicator = mongoose.model<IndicatorRecord>('Indicator', IndicatorSchema);
