import type { Types } from 'mongoose';
import type { z } from 'zod';
import type { CreateTermSchema, TermListQuerySchema, UpdateTermSchema } from '@shared/schemas/term';
import { Term, type TermRecord } from '../../models/Term';
import { ConflictError, NotFoundError, ValidationError, isDuplicateKey, message } from '../../errors';
import { visibilityFilter, type Viewer } from '../../policies/index';
import { paginate } from '../../lib/pagination';
import { uniqueSlug } from '../../lib/slugs';
import { recordAudit } from '../audit/audit';
import { entityChanged } from '../../events';
import { escapeRegex } from '../../lib/text';
import { fold } from '../search/tokenize';

type CreateInput = z.infer<typeof CreateTermSchema>;
type UpdateInput = z.infer<typeof UpdateTermSchema>;
type ListQuery = z.infer<typeof TermListQuerySchema>;
type Actor = { _id: Types.ObjectId; ip?: string | null };

/**
 * What the list sorts and searches on, and what tells two terms apart: the term folded as every
 * search folds text (lower-case, no accents, ё as е, Arabic without vowel marks or tatweel and with
 * one form of alef, yeh and teh marbuta; see search/tokenize), spaces collapsed.
 */
export const termKeyOf = (term: string) => fold(term).replace(/\s+/g, ' ').trim();

/**
 * Brings the keys of terms stored before the current folding up to date (Arabic ones above all),
 * at start; a key another term already has is left as it was (the unique index decides).
 */
export async function refreshTermKeys(): Promise<number> {
  const terms = await Term.find({}, { term: 1, termKey: 1 }).lean();
  let updated = 0;
  for (const t of terms) {
    const termKey = termKeyOf(t.term);
    if (termKey === t.termKey) continue;
    try {
      updated += (await Term.updateOne({ _id: t._id, term: t.term }, { $set: { termKey } })).modifiedCount;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
  return updated;
}

export async function loadTerm(slug: string): Promise<TermRecord> {
  const term = await Term.findOne({ slug }).lean<TermRecord>();
  if (!term) throw new NotFoundError('Term');
  return term;
}

/** One page of terms in alphabetical order; `q` matches anywhere in the term (the glossary is small). */
export async function findTerms(viewer: Viewer, q: ListQuery) {
  const filter: Record<string, unknown> = { ...visibilityFilter(viewer) };
  if (q.q) filter.termKey = { $regex: escapeRegex(termKeyOf(q.q)) };
  if (q.status) filter.status = q.status;
  return paginate(Term, filter, {
    field: 'termKey',
    direction: 1,
    limit: q.limit,
    cursor: q.cursor,
  });
}

/** A term's related terms (those the viewer may read), in alphabetical order. */
export function relatedTerms(term: TermRecord, viewer: Viewer) {
  return Term.find({ _id: { $in: term.relatedIds ?? [] }, ...visibilityFilter(viewer) }, { slug: 1, term: 1 })
    .sort({ termKey: 1 })
    .lean();
}

/** Related-term slugs → ids; an unknown slug is bad input. */
async function relatedIds(slugs: string[], self?: Types.ObjectId) {
  const unique = [...new Set(slugs)];
  const found = await Term.find({ slug: { $in: unique } }, { slug: 1 }).lean();
  const missing = unique.filter((s) => !found.some((t) => t.slug === s));
  if (missing.length)
    throw new ValidationError(message('related: Unknown term(s): {{terms}}', { terms: missing.join(', ') }), {
      related: message('Unknown term(s): {{terms}}', { terms: missing.join(', ') }),
    });
  return found.filter((t) => !self || !t._id.equals(self)).map((t) => t._id);
}

const alreadyThere = () => new ConflictError('The glossary already has this term');

export async function createTerm(input: CreateInput, actor: Actor): Promise<TermRecord> {
  const termKey = termKeyOf(input.term);
  if (await Term.exists({ termKey })) throw alreadyThere();
  try {
    const created = await Term.create({
      term: input.term,
      slug: await uniqueSlug(Term, input.term),
      termKey,
      definition: input.definition,
      notes: input.notes,
      sources: input.sources,
      relatedIds: await relatedIds(input.related),
      visibility: input.visibility,
      status: 'draft',
      proposedBy: actor._id,
    });
    entityChanged('term', created.slug, created.visibility);
    return created.toObject() as TermRecord;
  } catch (err) {
    // The unique termKey settles two people proposing the same term at once.
    if (isDuplicateKey(err)) throw alreadyThere();
    throw err;
  }
}

export async function updateTerm(term: TermRecord, changes: UpdateInput, actor: Actor): Promise<TermRecord> {
  const { related, status, ...rest } = changes;
  const set: Record<string, unknown> = { ...rest };
  if (changes.term) set.termKey = termKeyOf(changes.term);
  if (related) set.relatedIds = await relatedIds(related, term._id);
  const agreeing = status === 'agreed' && term.status !== 'agreed';
  if (status && status !== term.status) {
    set.status = status;
    set.agreedBy = agreeing ? actor._id : null;
    set.agreedAt = agreeing ? new Date() : null;
  }
  let updated: TermRecord | null;
  try {
    // Only if the status is still the one the permission check saw: a member's edit of a draft must
    // not land on a term a host has agreed meanwhile.
    updated = await Term.findOneAndUpdate(
      { _id: term._id, status: term.status },
      { $set: set },
      { new: true },
    ).lean<TermRecord>();
  } catch (err) {
    if (isDuplicateKey(err)) throw alreadyThere();
    throw err;
  }
  if (!updated) {
    if (await Term.exists({ _id: term._id }))
      throw new ConflictError('This term’s status changed meanwhile; reload it and try again');
    throw new NotFoundError('Term');
  }
  entityChanged('term', updated.slug, updated.visibility, term.visibility);
  if (status && status !== term.status)
    await recordAudit({
      actorId: actor._id,
      action: agreeing ? 'term.agreed' : 'term.reopened',
      targetType: 'term',
      targetId: term._id,
      ip: actor.ip ?? null,
      details: { term: updated.term },
    });
  return updated;
}
