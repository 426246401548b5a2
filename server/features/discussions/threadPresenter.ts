import type { z } from 'zod';
import type { Types } from 'mongoose';
import type { Mentionable, MessageDto, MessageEditsSchema, ThreadDto } from '@shared/schemas/thread';
import type { ThreadRecord } from '../../models/Thread';
import type { MessageRecord } from '../../models/Message';
import { renderMarkdownCached } from '../../lib/markdown';
import { canLockThread, canPostInThread, type ThreadSubject } from '../../policies/thread';
import type { Viewer } from '../../policies/index';
import { escapeRegex } from '../../lib/text';

type Names = Map<string, string>;

export function presentThread(t: ThreadRecord, viewer: Viewer, names: Names, lastReadSeq = 0): ThreadDto {
  const subject: ThreadSubject = { visibility: t.visibility, locked: t.locked };
  return {
    id: String(t._id),
    title: t.title,
    subject: { type: t.subjectType, id: t.subjectId ? String(t.subjectId) : null },
    visibility: t.visibility,
    locked: t.locked,
    lastSeq: t.lastSeq,
    lastMessageAt: t.lastMessageAt?.toISOString() ?? null,
    createdAt: t.createdAt.toISOString(),
    createdBy: t.createdBy
      ? { id: String(t.createdBy), name: names.get(String(t.createdBy)) ?? 'Unknown' }
      : null,
    unread: viewer ? Math.max(0, t.lastSeq - lastReadSeq) : 0,
    can: { post: canPostInThread(viewer, subject), lock: canLockThread(viewer) },
  };
}

/** A deleted message keeps its place in the thread but shows no text. */
export function presentMessage(m: MessageRecord, names: Names, parent: MessageRecord | null): MessageDto {
  const deleted = !!m.deletedAt;
  return {
    id: String(m._id),
    threadId: String(m.threadId),
    seq: m.seq,
    author: { id: String(m.authorId), name: names.get(String(m.authorId)) ?? 'Unknown' },
    body: deleted ? '' : m.body,
    bodyHtml: deleted ? '' : highlightMentions(renderMarkdownCached(m.body), mentionNames(m, names)),
    clientId: m.clientId,
    replyTo: parent
      ? {
          id: String(parent._id),
          seq: parent.seq,
          author: names.get(String(parent.authorId)) ?? null,
          excerpt: parent.deletedAt ? '' : parent.body.slice(0, 140),
        }
      : null,
    createdAt: m.createdAt.toISOString(),
    editedAt: m.editedAt?.toISOString() ?? null,
    editCount: m.edits?.length ?? 0,
    deleted,
    mentions: deleted
      ? []
      : (m.mentions ?? []).map((id) => ({ id: String(id), name: names.get(String(id)) ?? 'Unknown' })),
  };
}

/** A message's earlier texts, oldest first (none once it is deleted: they went with its text). */
export const presentMessageEdits = (m: MessageRecord): z.infer<typeof MessageEditsSchema> => ({
  items: m.deletedAt ? [] : (m.edits ?? []).map((e) => ({ body: e.body, at: e.at.toISOString() })),
});

/** A person the @ autocomplete offers. */
export const presentMentionable = (u: {
  _id: Types.ObjectId;
  name: string;
  organisation: string | null;
}): Mentionable => ({
  id: String(u._id),
  name: u.name,
  organisation: u.organisation,
});

const mentionNames = (m: MessageRecord, names: Names) =>
  (m.mentions ?? []).map((id) => names.get(String(id))).filter((n): n is string => !!n);

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Marks `@Name` of each mentioned person in the already sanitised HTML. Only text between tags is
 * touched (never attributes), and the inserted name is escaped, so this cannot add markup.
 */
export function highlightMentions(html: string, names: string[]): string {
  if (names.length === 0) return html;
  const pattern = new RegExp(`@(${names.map((n) => escapeRegex(escapeHtml(n))).join('|')})`, 'gi');
  return html.replace(
    />([^<]+)</g,
    (_all, text: string) =>
      `>${text.replace(pattern, (match) => `<span class="message__mention">${match}</span>`)}<`,
  );
}
