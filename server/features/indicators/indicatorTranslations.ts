import type { z } from 'zod';
import type { AuditAction } from '@shared/auditActions';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@shared/i18n/languages';
import type { IndicatorTranslationInputSchema } from '@shared/schemas/indicator';
import { Indicator, type IndicatorRecord, type TranslationRecord } from '../../models/Indicator';
import { ConflictError, NotFoundError, ValidationError, message } from '../../errors';
import { recordAudit } from '../audit/audit';
import { entityChanged } from '../../events';
import { latestRevision, loadIndicator, searchFields, type Actor } from './indicators';
import { indicatorLock } from './indicatorReviser';

type TranslationInput = z.infer<typeof IndicatorTranslationInputSchema>;

/** The audit actions of translations. */
const AUDIT = {
  translated: 'indicator.translated',
  removed: 'indicator.translation-removed',
  language: 'indicator.language-changed',
} satisfies Record<string, AuditAction>;

const byLanguageBar = (a: TranslationRecord, b: TranslationRecord) =>
  LANGUAGES.indexOf(a.language) - LANGUAGES.indexOf(b.language);

const languageOf = (ind: Pick<IndicatorRecord, 'language'>): Language => ind.language ?? DEFAULT_LANGUAGE;

/**
 * Writes an indicator's translations (and language) with a search text to match, then records,
 * announces and returns the indicator. Under the indicator's lock, as saves are, and only if nobody
 * wrote the indicator since it was read (its updatedAt): another instance's write between the read
 * and this one means reading again, a few times, before giving up with a 409.
 */
async function writeTexts(
  ind: IndicatorRecord,
  change: (current: IndicatorRecord) => Promise<{
    set: { translations: TranslationRecord[]; language?: Language };
    audit: { action: AuditAction; details: Record<string, unknown> } | null;
  }>,
  actor: Actor,
): Promise<IndicatorRecord> {
  return indicatorLock.run(String(ind._id), async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const current = await loadIndicator(ind.code);
      const { set, audit } = await change(current);
      if (!audit) return current;
      const latest = await latestRevision(current._id);
      const r = await Indicator.updateOne(
        { _id: current._id, updatedAt: current.updatedAt },
        { $set: { ...set, ...searchFields(current.code, latest.fields, set.translations) } },
      );
      if (r.matchedCount === 0) continue;
      await recordAudit({
        actorId: actor._id,
        action: audit.action,
        targetType: 'indicator',
        targetId: current._id,
        ip: actor.ip,
        details: { code: current.code, ...audit.details },
      });
      entityChanged('indicator', current.code, current.visibility);
      return loadIndicator(current.code);
    }
    throw new ConflictError('The indicator changed meanwhile; reload it and try again');
  });
}

/**
 * Creates or replaces the translation into `language` of the given revision (default: the latest).
 * The indicator's own language is no translation: its texts are edited by saving a revision.
 */
export function saveTranslation(
  ind: IndicatorRecord,
  language: Language,
  input: TranslationInput,
  actor: Actor,
) {
  return writeTexts(
    ind,
    async (current) => {
      if (language === languageOf(current))
        throw new ValidationError(
          'language: The indicator is written in this language; edit the indicator itself',
          {
            language: 'The indicator is written in this language',
          },
        );
      const latest = await latestRevision(current._id);
      const { revision = latest.number, ...texts } = input;
      if (revision > latest.number)
        throw new ValidationError(message('revision: There is no revision {{revision}} yet', { revision }), {
          revision: 'No such revision',
        });
      const others = (current.translations ?? []).filter((t) => t.language !== language);
      const translation: TranslationRecord = {
        ...texts,
        language,
        revision,
        translatedAt: new Date(),
        translatedBy: actor._id,
      };
      return {
        set: { translations: [...others, translation].sort(byLanguageBar) },
        audit: {
          action: AUDIT.translated,
          details: { language, revision, replaced: others.length < (current.translations ?? []).length },
        },
      };
    },
    actor,
  );
}

/** Removes the translation into `language`; there being none is a 404. */
export function removeTranslation(ind: IndicatorRecord, language: Language, actor: Actor) {
  return writeTexts(
    ind,
    async (current) => {
      const translations = current.translations ?? [];
      if (!translations.some((t) => t.language === language)) throw new NotFoundError('Translation');
      return {
        set: { translations: translations.filter((t) => t.language !== language) },
        audit: { action: AUDIT.removed, details: { language } },
      };
    },
    actor,
  );
}

/**
 * Corrects the language an indicator is written in (its revisions' texts). A translation into that
 * language would then translate the indicator into its own: it has to be removed first (409).
 */
export function changeLanguage(ind: IndicatorRecord, language: Language, actor: Actor) {
  return writeTexts(
    ind,
    async (current) => {
      const from = languageOf(current);
      const translations = current.translations ?? [];
      if (language === from) return { set: { translations }, audit: null };
      if (translations.some((t) => t.language === language))
        throw new ConflictError(
          'The indicator has a translation into this language; remove it before marking the indicator as written in it',
        );
      return {
        set: { translations, language },
        audit: { action: AUDIT.language, details: { from, to: language } },
      };
    },
    actor,
  );
}
