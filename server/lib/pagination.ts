import type { Model, QueryFilter } from 'mongoose';
import { Types } from 'mongoose';
import { ValidationError } from '../errors';

export interface KeysetOptions {
  /** The field to sort on; `_id` breaks ties so pages never overlap or skip. */
  field: string;
  direction: 1 | -1;
  limit: number;
  cursor?: string;
}

/** `d` marks a date value, carried as epoch milliseconds. */
type Cursor = { v: unknown; id: string; d?: 1 };

function encode(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decode(cursor: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Cursor;
    if (!c || typeof c !== 'object' || !Types.ObjectId.isValid(c.id)) throw new Error('bad');
    if (c.v !== null && !['string', 'number'].includes(typeof c.v)) throw new Error('bad');
    return c;
  } catch {
    throw new ValidationError('cursor: Invalid cursor', { cursor: 'Invalid cursor' });
  }
}

/**
 * Keyset pagination: fetches limit + 1 rows after the cursor, sorted by (field, _id).
 */
export async function paginate<T extends { _id: Types.ObjectId }>(
  model: Model<T>,
  filter: QueryFilter<T>,
  opts: KeysetOptions,
  projection?: Record<string, 0 | 1>,
): Promise<{ items: T[]; nextCursor: string | null }> {
  const { field, direction, limit } = opts;
  const op = direction === 1 ? '$gt' : '$lt';
  let query: QueryFilter<T> = filter;
  if (opts.cursor) {
    const c = decode(opts.cursor);
    const id = new Types.ObjectId(c.id);
    const value = c.d && typeof c.v === 'number' ? new Date(c.v) : c.v;
    const after =
      field === '_id'
        ? { _id: { [op]: id } }
        : { $or: [{ [field]: { [op]: value } }, { [field]: value, _id: { [op]: id } }] };
    // Beside the filter's own conditions when they leave room, so the database sees one flat filter.
    const clash = Object.keys(after).some((k) => k in filter);
    query = (clash ? { $and: [filter, after] } : { ...filter, ...after }) as QueryFilter<T>;
  }
  const rows = (await model
    .find(query, projection)
    .sort({ [field]: direction, _id: direction })
    .limit(limit + 1)
    .lean()) as unknown as T[];
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  const last = items[items.length - 1] as (T & Record<string, unknown>) | undefined;
  let nextCursor: string | null = null;
  if (hasMore && last) {
    const raw = last[field];
    nextCursor = encode(
      raw instanceof Date
        ? { v: raw.getTime(), id: String(last._id), d: 1 }
        : { v: raw as unknown, id: String(last._id) },
    );
  }
  return { items, nextCursor };
}
