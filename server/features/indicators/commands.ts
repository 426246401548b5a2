import type { z } from 'zod';
import type { Language } from '@shared/i18n/languages';
import type { Visibility } from '@shared/roles';
import type {
  CreateIndicatorSchema,
  IndicatorDto,
  PositionInputSchema,
  PositionsDto,
  SaveIndicatorSchema,
  TransitionSchema,
} from '@shared/schemas/indicator';
import { message } from '../../errors';
import { authorize } from '../../policies/index';
import { canCreateIndicator, canEditIndicator, canRecordPosition } from '../../policies/indicator';
import type { Actor } from '../actor';
import { createIndicator, indicatorRefs, loadIndicator, viewerOrganisation } from './indicators';
import { saveRevision, StaleRevisionError } from './indicatorReviser';
import { changeStatus } from './indicatorLifecycle';
import { changeVisibility } from './indicatorVisibility';
import { recordPosition } from './indicatorPositions';
import { presentRevision } from './indicatorPresenter';
import { RevisionConflictError } from './conflicts';
import { indicatorView, positionsView, readableIndicator } from './queries';

/**
 * A member or host proposes an indicator with its first revision, written in `language` (the
 * author's interface language) unless the input names another.
 */
export async function proposeIndicator(
  actor: Actor,
  input: z.infer<typeof CreateIndicatorSchema>,
  language: Language,
): Promise<IndicatorDto> {
  authorize(canCreateIndicator(actor, input.visibility), actor);
  const ind = await createIndicator({ ...input, language: input.language ?? language }, actor);
  return indicatorView(actor, ind);
}

/**
 * Saves a revision. A save based on an older revision than the latest is a 409 carrying the latest
 * revision (RevisionConflictSchema), so the client can show what changed and merge.
 */
export async function reviseIndicator(
  actor: Actor,
  code: string,
  input: z.infer<typeof SaveIndicatorSchema>,
): Promise<IndicatorDto> {
  const ind = await readableIndicator(actor, code);
  authorize(canEditIndicator(actor, ind), actor);
  try {
    await saveRevision(ind, input, actor);
  } catch (err) {
    throw err instanceof StaleRevisionError ? await revisionConflict(err) : err;
  }
  return indicatorView(actor, await loadIndicator(ind.code));
}

/** The 409 of a stale save: who saved the latest revision since, and that revision as the client shows it. */
async function revisionConflict({ latest, base }: StaleRevisionError): Promise<RevisionConflictError> {
  const refs = await indicatorRefs([latest.authorId], [latest.fields.custodianId]);
  const who = refs.users.get(String(latest.authorId))?.name ?? message('someone');
  return new RevisionConflictError(
    message(
      'Revision {{number}} was saved by {{who}} after the revision {{base}} you started from. Review the changes, merge and save again.',
      { number: latest.number, who, base },
    ),
    { latest: presentRevision(latest, refs) },
  );
}

/** Moves the indicator along its lifecycle (see indicatorLifecycle.ts for the rules and gates). */
export async function changeIndicatorStatus(
  actor: Actor,
  code: string,
  input: z.infer<typeof TransitionSchema>,
  quorum: number,
): Promise<IndicatorDto> {
  const ind = await readableIndicator(actor, code);
  return indicatorView(actor, await changeStatus(ind, input, actor, actor, quorum));
}

/** Changes who reads the indicator (hosts; the creator while it is proposed or drafting). */
export async function changeIndicatorVisibility(
  actor: Actor,
  code: string,
  visibility: Visibility,
): Promise<IndicatorDto> {
  const ind = await readableIndicator(actor, code);
  return indicatorView(actor, await changeVisibility(ind, visibility, actor, actor));
}

/** Records or changes the actor's organisation's position in the open consultation. */
export async function recordOrganisationPosition(
  actor: Actor,
  code: string,
  input: z.infer<typeof PositionInputSchema>,
  quorum: number,
): Promise<PositionsDto> {
  const ind = await readableIndicator(actor, code);
  authorize(canRecordPosition(actor, ind, await viewerOrganisation(actor)), actor);
  await recordPosition(ind, actor.organisationId!, input, actor);
  return positionsView(await loadIndicator(ind.code), quorum, actor.organisationId);
}
