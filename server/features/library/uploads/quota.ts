import type { Types } from 'mongoose';
import { DomainError, message } from '../../../errors';
import { DocumentVersion } from '../../../models/DocumentVersion';
import { KeyedLock } from '../../../lib/keyedLock';

const MB = 1024 * 1024;
/** Megabytes as the message shows them (the unit is part of each sentence, in each language). */
const megabytes = (bytes: number) =>
  (bytes / MB).toLocaleString('en', { maximumFractionDigits: bytes < 10 * MB ? 2 : 1 });

/** An upload that would take its uploader past the storage quota (413: nothing is stored). */
export class QuotaExceededError extends DomainError {
  constructor(quotaBytes: number, usedBytes: number, fileBytes?: number) {
    const left = Math.max(0, quotaBytes - usedBytes);
    const params = {
      used: megabytes(usedBytes),
      quota: megabytes(quotaBytes),
      left: megabytes(left),
      file: megabytes(fileBytes ?? 0),
    };
    super(
      'payload_too_large',
      message(
        left === 0
          ? 'Storage quota exceeded: you have uploaded {{used}} MB of your {{quota}} MB quota, and nothing is left for this file. Nothing was stored.'
          : fileBytes === undefined
            ? 'Storage quota exceeded: you have uploaded {{used}} MB of your {{quota}} MB quota, and this file does not fit in the {{left}} MB left. Nothing was stored.'
            : 'Storage quota exceeded: you have uploaded {{used}} MB of your {{quota}} MB quota, and this file ({{file}} MB) does not fit in the {{left}} MB left. Nothing was stored.',
        params,
      ),
    );
  }
}

/**
 * Bytes of every file (each version of each document, archived ones too: their files are kept) the
 * person uploaded.
 */
export async function storageUsedBy(userId: Types.ObjectId): Promise<number> {
  const [row] = await DocumentVersion.aggregate<{ bytes: number }>([
    { $match: { uploadedBy: userId } },
    { $group: { _id: null, bytes: { $sum: '$size' } } },
  ]);
  return row?.bytes ?? 0;
}

const perPerson = new KeyedLock();

/**
 * Runs `record` (the writes that make a new file count) only if the person's files plus this one fit
 * in the quota, else throws QuotaExceededError. One at a time per person in this process, so two
 * uploads finishing together cannot both take the last megabytes. A null quota means none.
 */
export function withinQuota<T>(
  quotaBytes: number | null,
  userId: Types.ObjectId,
  fileBytes: number,
  record: () => Promise<T>,
): Promise<T> {
  if (quotaBytes === null) return record();
  return perPerson.run(String(userId), async () => {
    const used = await storageUsedBy(userId);
    if (used + fileBytes > quotaBytes) throw new QuotaExceededError(quotaBytes, used, fileBytes);
    return record();
  });
}
