import { Types, type Schema } from 'mongoose';

const QUERY_WRITES: (
  | 'updateOne'
  | 'updateMany'
  | 'findOneAndUpdate'
  | 'replaceOne'
  | 'deleteOne'
  | 'deleteMany'
  | 'findOneAndDelete'
)[] = [
  'updateOne',
  'updateMany',
  'findOneAndUpdate',
  'replaceOne',
  'deleteOne',
  'deleteMany',
  'findOneAndDelete',
];

/**
 * Calls `changed` after every write to the schema's collection: with the written document's id when
 * the write names one `_id`, with null when it may touch several. Caches of the documents listen.
 */
export function onEveryWrite(schema: Schema, changed: (id: string | null) => void): void {
  schema.post(QUERY_WRITES, { document: false, query: true }, function () {
    const id = (this.getFilter() as { _id?: unknown })._id;
    changed(typeof id === 'string' || id instanceof Types.ObjectId ? String(id) : null);
  });
  schema.post('save', (doc: { _id: unknown }) => changed(String(doc._id)));
}
