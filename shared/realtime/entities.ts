import { z } from 'zod';

/**
 * What `entity:changed {kind, id}` may announce, and the id each kind carries — the one the
 * client's query keys use, so `keyMatchesKind` refreshes `[kind, id, …]` and `[kind + 's', …]`:
 * - `indicator` → the indicator code: `['indicator', code, …]`, `['indicators', …]`
 * - `followUp` → the follow-up id: `['followUp', id]`, `['followUps', …]`
 * - `term` → the term slug: `['term', slug]`, `['terms', …]`
 * - `meeting` → the meeting slug (meeting edits and report versions/proposals):
 *   `['meeting', slug, …]`, `['meetings', …]`
 */
export const ENTITY_KINDS = ['indicator', 'followUp', 'term', 'meeting'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const EntityChangedSchema = z.strictObject({ kind: z.enum(ENTITY_KINDS), id: z.string() });
export type EntityChanged = z.infer<typeof EntityChangedSchema>;
