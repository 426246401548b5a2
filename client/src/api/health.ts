import { HealthSchema, type Health } from '@shared/schemas/health';
import { ApiError, apiFetch } from './client';

/** Server and database status; a 503 answer means the database is unreachable. */
export async function health(signal?: AbortSignal): Promise<Health> {
  try {
    return await apiFetch('/api/health', { schema: HealthSchema, signal });
  } catch (err) {
    if (err instanceof ApiError && err.status === 503) return { status: 'unavailable', db: 'down' };
    throw err;
  }
}
