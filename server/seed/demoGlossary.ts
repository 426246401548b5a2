import { Term } from '../models/Term';
import { termKeyOf } from '../features/glossary/glossary';
import { DEMO_TERMS } from './data/glossary';

/** The demo glossary (drafts), then the links between related terms once every term exists. */
export async function seedGlossary(): Promise<number> {
  const result = await Term.bulkWrite(
    DEMO_TERMS.map((t) => ({
      updateOne: {
        filter: { slug: t.slug },
        update: {
          $setOnInsert: {
            slug: t.slug,
            term: t.term,
            termKey: termKeyOf(t.term),
            definition: t.definition,
            notes: t.notes ?? '',
            sources: t.sources ?? [],
            relatedIds: [],
            status: 'draft',
            visibility: 'public',
            proposedBy: null,
          },
        },
        upsert: true,
      },
    })),
  );
  if (result.upsertedCount === 0) return 0;
  const ids = new Map(
    (await Term.find({ slug: { $in: DEMO_TERMS.map((t) => t.slug) } }, { slug: 1 }).lean()).map((t) => [
      t.slug,
      t._id,
    ]),
  );
  // Only terms created by this run get their links, so later edits are kept.
  const createdIds = new Set(Object.values(result.upsertedIds).map(String));
  for (const t of DEMO_TERMS) {
    const id = ids.get(t.slug);
    if (!id || !createdIds.has(String(id))) continue;
    await Term.updateOne(
      { _id: id },
      { $set: { relatedIds: t.related.map((s) => ids.get(s)).filter(Boolean) } },
    );
  }
  return result.upsertedCount;
}
