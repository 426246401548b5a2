import type { OrganisationListParams } from './organisations';

/**
 * Every TanStack Query key in one place. The first element names the entity kind, so a realtime
 * `entity:changed {kind}` can refresh the matching queries (`meeting` → `meeting` and `meetings`).
 */
export const queryKeys = {
  session: ['session'] as const,
  health: ['health'] as const,
  latestMeeting: ['meetings', 'latest'] as const,
  meetings: ['meetings', 'list'] as const,
  meeting: (slug: string) => ['meeting', slug] as const,
  organisations: (params: Omit<OrganisationListParams, 'cursor'>) => ['organisations', params] as const,
  organisation: (slug: string) => ['organisation', slug] as const,
};

/** Whether a query key belongs to an entity kind announced by the server. */
export function keyMatchesKind(key: readonly unknown[], kind: string): boolean {
  const head = key[0];
  return typeof head === 'string' && (head === kind || head === `${kind}s`);
}
