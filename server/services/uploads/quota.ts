import type { Types } from 'mongoose';
import { DomainError } from '../../errors';
import { DocumentVersion } from '../../models/DocumentVersion';
import { KeyedLock } from '../keyedLock';

const MB = 1024 * 1024;
const megabytes = (bytes: number) =>
  `${(bytes / MB).toLocaleString('en', { maximumFractionDigits: bytes < 10 * MB ? 2 : 1 })} MB`;

/** An upload that would take its uploader past the storage quota (413: nothing is stored). */
export class QuotaExceededError extends DomainError {
  constructor(quotaBytes: number, usedBytes: number, fileBytes?: number) {
    const left = Math.max(0, quotaBytes - usedBytes);
    const fits =
      left === 0
        ? 'nothing is left for this file'
        : `this file${fileBytes === undefined ? '' : ` (${megabytes(fileBytes)})`} does not fit in the ${megabytes(left)} left`;
    super(
      'payload_too_large',
      `Storage quota exceeded: you have uploaded ${megabytes(usedBytes)} of your ${megabytes(quotaBytes)} quota, and ${fits}. Nothing was stored.`,
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
