import type { CatchUpDto } from '@shared/schemas/catchUp';
import type { Language } from '@shared/i18n/languages';
import { localize } from '../../errors';
import { followUpViews } from '../followUps/queries';
import { roleRecords } from './catchUp';
import { changedSince } from './catchUpChanges';
import { presentChanges, presentRolePart } from './catchUpPresenter';

/**
 * The signed-in reader's catch-up page: what changed since their previous visit (none on a first
 * visit), latest reports, indicators, decisions and changes, open follow-ups, busy threads. What
 * changed is said in the reader's language.
 */
export async function readCatchUp(viewer: Express.User, language: Language): Promise<CatchUpDto> {
  const lastVisit = viewer.previousSeenAt ?? null;
  const [shared, changed] = await Promise.all([
    roleRecords(viewer),
    lastVisit ? changedSince(viewer, lastVisit) : null,
  ]);
  return {
    sinceLastVisit:
      lastVisit && changed
        ? {
            since: lastVisit.toISOString(),
            changes: presentChanges(changed, lastVisit).map((c) => ({
              ...c,
              what: localize(language, c.what),
            })),
          }
        : null,
    ...presentRolePart(shared),
    openFollowUps: await followUpViews(shared.openFollowUps, viewer),
  };
}
