/**
 * Which open queries an `entity:changed {kind}` refreshes: a query key's first element names the
 * entity kind (`indicator` → `['indicator', code]` and `['indicators', …]`). No imports, so tests
 * can load it without the browser-only API modules.
 */
export function keyMatchesKind(key: readonly unknown[], kind: string): boolean {
  const head = key[0];
  // The catch-up page summarises indicators, follow-ups and meetings: any of them changing refreshes it.
  if (head === 'catch-up') return CATCH_UP_KINDS.has(kind);
  return typeof head === 'string' && (head === kind || head === `${kind}s`);
}

const CATCH_UP_KINDS = new Set(['indicator', 'action', 'meeting']);
