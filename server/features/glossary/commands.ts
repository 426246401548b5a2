import type { z } from 'zod';
import type { CreateTermSchema, TermDto, UpdateTermSchema } from '@shared/schemas/term';
import { authorize } from '../../policies/index';
import { canAgreeTerm, canEditTerm, canProposeTerm } from '../../policies/term';
import type { Actor } from '../actor';
import { createTerm, updateTerm } from './glossary';
import { readableTerm, termView } from './queries';

/** A member or host proposes a term; it starts as a draft. */
export async function proposeTerm(actor: Actor, input: z.infer<typeof CreateTermSchema>): Promise<TermDto> {
  authorize(canProposeTerm(actor), actor);
  return termView(await createTerm(input, actor), actor);
}

/** Edits a term; changing its status (agreeing, reopening) is the hosts'. */
export async function editTerm(
  actor: Actor,
  slug: string,
  changes: z.infer<typeof UpdateTermSchema>,
): Promise<TermDto> {
  const term = await readableTerm(actor, slug);
  authorize(canEditTerm(actor, term), actor);
  if (changes.status && changes.status !== term.status) authorize(canAgreeTerm(actor), actor);
  return termView(await updateTerm(term, changes, actor), actor);
}
