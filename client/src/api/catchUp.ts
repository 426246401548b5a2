import { CatchUpDtoSchema, type CatchUpDto } from '@shared/schemas/catchUp';
import { apiFetch } from './client';

/** The signed-in newcomer's catch-up overview. */
export function getCatchUp(signal?: AbortSignal): Promise<CatchUpDto> {
  return apiFetch('/api/catch-up', { schema: CatchUpDtoSchema, signal });
}
