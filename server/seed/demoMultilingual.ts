import fs from 'node:fs';
import type { Types } from 'mongoose';
import { LANGUAGES } from '@shared/i18n/languages';
import { DocumentModel } from '../models/Document';
import { DocumentVersion } from '../models/DocumentVersion';
import { Indicator, type IndicatorRecord, type TranslationRecord } from '../models/Indicator';
import { IndicatorRevision, type IndicatorRevisionRecord } from '../models/IndicatorRevision';
import { FileStore } from '../features/library/uploads/fileStore';
import { hashFile } from '../features/library/uploads/hashFile';
import { searchFields } from '../features/indicators/indicators';
import { MULTILINGUAL_DOCUMENTS, SEED_TRANSLATIONS } from './data/multilingual';

/**
 * Public library documents written in French, Arabic and Spanish (found again by title): the library
 * shows each one's language and can be filtered and searched in it. Returns how many this run added.
 */
export async function seedMultilingualDocuments(
  uploadsDir: string,
  ids: { ownerId: Types.ObjectId; organisationId: Types.ObjectId | null },
): Promise<number> {
  const store = new FileStore(uploadsDir);
  let created = 0;
  for (const d of MULTILINGUAL_DOCUMENTS) {
    if (await DocumentModel.exists({ title: d.title })) continue;
    const temp = store.newTempPath();
    await fs.promises.writeFile(temp, d.body);
    const { size, sha256 } = await hashFile(temp);
    const storageKey = await store.adopt(temp);
    const doc = await DocumentModel.create({
      title: d.title,
      description: d.description,
      kind: 'resource',
      tags: d.tags,
      meetingId: null,
      organisationId: ids.organisationId,
      year: 2013,
      visibility: 'public',
      language: d.language,
      ownerId: ids.ownerId,
      currentVersion: 1,
    });
    await DocumentVersion.create({
      documentId: doc._id,
      number: 1,
      originalName: d.fileName,
      mimeType: 'text/markdown',
      size,
      sha256,
      storageKey,
      uploadedBy: ids.ownerId,
      note: '',
    });
    created++;
  }
  return created;
}

/**
 * Translations of demo indicators (CSAM-01 into French and Arabic). Only a language the indicator has
 * no translation into is added, and only to an indicator still written in English, so an edited
 * translation is never overwritten (a removed one comes back, like any deleted demo item).
 */
export async function seedDemoTranslations(translatorId: Types.ObjectId | null): Promise<number> {
  let added = 0;
  for (const seed of SEED_TRANSLATIONS) {
    const ind = await Indicator.findOne({ code: seed.code }).lean<IndicatorRecord>();
    if (!ind || (ind.language ?? 'en') !== 'en') continue;
    const existing = ind.translations ?? [];
    const missing = LANGUAGES.filter((l) => seed.texts[l] && !existing.some((t) => t.language === l));
    if (!missing.length) continue;
    const latest = await IndicatorRevision.findOne({ indicatorId: ind._id })
      .sort({ number: -1 })
      .lean<IndicatorRevisionRecord>();
    if (!latest) continue;
    const translations: TranslationRecord[] = [
      ...existing,
      ...missing.map((language) => ({
        ...seed.texts[language]!,
        language,
        revision: Math.min(seed.revision, latest.number),
        translatedAt: new Date(),
        translatedBy: translatorId,
      })),
    ].sort((a, b) => LANGUAGES.indexOf(a.language) - LANGUAGES.indexOf(b.language));
    const r = await Indicator.updateOne(
      { _id: ind._id, updatedAt: ind.updatedAt },
      { $set: { translations, ...searchFields(ind.code, latest.fields, translations) } },
    );
    if (r.modifiedCount) added += missing.length;
  }
  return added;
}
