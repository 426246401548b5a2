/**
 * Which open queries an `entity:changed {kind}` refreshes: a query key's first element names the
 * entity kind (`indicator` → `['indicator', code]` and `['indicators', …]`). No imports, so tests
 * can load it without the browser-only API modules.
 */
export function keyMatchesKind(key: readonly unknown[], kind: string): boolean {
  const head = key[0];
  if (typeof head !== 'string') return false;
  return head === kind || head === `${kind}s` || (SUMMARIES[head]?.includes(kind) ?? false);
}

/** Queries that summarise other entities, with the kinds whose changes make them stale. */
const SUMMARIES: Record<string, readonly string[]> = {
  'catch-up': ['indicator', 'followUp', 'meeting'],
};
