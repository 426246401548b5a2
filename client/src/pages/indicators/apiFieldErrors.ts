import { ApiError } from '../../api/client';

/** The per-field messages of a 400 answer (empty for other errors). */
export const apiFieldErrors = (error: unknown): Record<string, string> =>
  error instanceof ApiError && error.status === 400 ? error.fields : {};
