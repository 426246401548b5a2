import type { Types } from 'mongoose';
import type { Config } from '../../config';
import { ReplyAddress, type ReplyAddressRecord } from '../../models/ReplyAddress';
import { newSignedId, verifySignedId } from './signing';

const PURPOSE = 'email-reply';
const LOCAL_PART = /^reply\+([0-9a-f]{16}\.[0-9a-f]{20})$/i;

/** A new, unique, signed address whose replies are posted in the thread as this person. */
export async function issueReplyAddress(
  config: Config,
  target: { userId: Types.ObjectId; threadId: Types.ObjectId; messageId: Types.ObjectId },
): Promise<string> {
  const signed = newSignedId(config.sessionSecret, PURPOSE);
  await ReplyAddress.create({
    _id: signed.split('.')[0],
    ...target,
    expiresAt: new Date(Date.now() + config.replyAddressTtlMs),
  });
  return `reply+${signed}@${config.replyDomain}`;
}

export type ReplyAddressLookup =
  { ok: true; address: ReplyAddressRecord } | { ok: false; reason: 'unknown' | 'forged' | 'expired' };

/** Resolves a recipient address: forged, unknown and expired ones are refused. */
export async function resolveReplyAddress(config: Config, address: string): Promise<ReplyAddressLookup> {
  const at = address.lastIndexOf('@');
  const local = at > 0 ? address.slice(0, at) : address;
  const domain = at > 0 ? address.slice(at + 1).toLowerCase() : '';
  const m = LOCAL_PART.exec(local);
  if (!m || domain !== config.replyDomain.toLowerCase()) return { ok: false, reason: 'unknown' };
  const id = verifySignedId(config.sessionSecret, PURPOSE, m[1]!);
  if (!id) return { ok: false, reason: 'forged' };
  const record = await ReplyAddress.findById(id).lean<ReplyAddressRecord>();
  if (!record) return { ok: false, reason: 'unknown' };
  if (record.expiresAt.getTime() <= Date.now()) return { ok: false, reason: 'expired' };
  return { ok: true, address: record };
}

export const deleteExpiredReplyAddresses = () => ReplyAddress.deleteMany({ expiresAt: { $lt: new Date() } });
