import { listOf, type List } from '@shared/schemas/common';
import {
  IndicatorDiffSchema,
  IndicatorDtoSchema,
  IndicatorSummarySchema,
  PositionsDtoSchema,
  RevisionConflictSchema,
  RevisionSummarySchema,
  type CreateIndicatorInput,
  type IndicatorDiff,
  type IndicatorDto,
  type IndicatorStatus,
  type IndicatorSummary,
  type IndicatorTier,
  type PositionInput,
  type PositionsDto,
  type RevisionDto,
  type RevisionSummary,
  type SaveIndicatorInput,
  type TransitionInput,
} from '@shared/schemas/indicator';
import {
  ApiError,
  apiErrorFrom,
  apiFetch,
  networkMessage,
  queryString,
  unexpectedAnswerMessage,
} from './client';
import type { Visibility } from '@shared/roles';

const SummaryList = listOf(IndicatorSummarySchema);
const RevisionList = listOf(RevisionSummarySchema);

export interface IndicatorListParams {
  q?: string;
  status?: IndicatorStatus;
  tier?: IndicatorTier;
  /** A custodian organisation id. */
  custodian?: string;
  cursor?: string | null;
  limit?: number;
}

export const indicatorPath = (code: string) => `/api/indicators/${encodeURIComponent(code)}`;

/** The catalogue: indicators the caller may read, by code. */
export function listIndicators(
  params: IndicatorListParams = {},
  signal?: AbortSignal,
): Promise<List<IndicatorSummary>> {
  return apiFetch(`/api/indicators${queryString({ ...params, q: params.q?.trim() })}`, {
    schema: SummaryList,
    signal,
  });
}

export function getIndicator(code: string, signal?: AbortSignal): Promise<IndicatorDto> {
  return apiFetch(indicatorPath(code), { schema: IndicatorDtoSchema, signal });
}

/** Proposes a new indicator (members and hosts). */
export function createIndicator(input: CreateIndicatorInput): Promise<IndicatorDto> {
  return apiFetch('/api/indicators', { method: 'POST', body: input, schema: IndicatorDtoSchema });
}

/** The result of a save: the saved indicator, or the newer revision someone else saved meanwhile. */
export type SaveResult =
  { ok: true; indicator: IndicatorDto } | { ok: false; latest: RevisionDto; message: string };

/**
 * Saves a revision based on `baseRevision`. A 409 is not thrown: it comes back with the latest
 * revision so the editor can show what changed and let the author merge.
 */
export async function saveIndicator(code: string, input: SaveIndicatorInput): Promise<SaveResult> {
  let res: Response;
  try {
    res = await fetch(indicatorPath(code), {
      method: 'PATCH',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network_error', networkMessage());
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.status === 409) {
    const conflict = RevisionConflictSchema.safeParse(body);
    if (conflict.success) return { ok: false, latest: conflict.data.latest, message: conflict.data.message };
  }
  if (!res.ok) throw apiErrorFrom(res.status, body);
  const parsed = IndicatorDtoSchema.safeParse(body);
  if (!parsed.success) throw new ApiError(res.status, 'invalid_response', unexpectedAnswerMessage());
  return { ok: true, indicator: parsed.data };
}

export function listRevisions(
  code: string,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<List<RevisionSummary>> {
  return apiFetch(`${indicatorPath(code)}/revisions${queryString({ cursor, limit: 50 })}`, {
    schema: RevisionList,
    signal,
  });
}

export function getIndicatorDiff(
  code: string,
  from: number,
  to: number,
  signal?: AbortSignal,
): Promise<IndicatorDiff> {
  return apiFetch(`${indicatorPath(code)}/diff${queryString({ from, to })}`, {
    schema: IndicatorDiffSchema,
    signal,
  });
}

export function changeIndicatorStatus(code: string, input: TransitionInput): Promise<IndicatorDto> {
  return apiFetch(`${indicatorPath(code)}/status`, {
    method: 'POST',
    body: input,
    schema: IndicatorDtoSchema,
  });
}

export function getPositions(code: string, signal?: AbortSignal): Promise<PositionsDto> {
  return apiFetch(`${indicatorPath(code)}/positions`, { schema: PositionsDtoSchema, signal });
}

export function recordPosition(code: string, input: PositionInput): Promise<PositionsDto> {
  return apiFetch(`${indicatorPath(code)}/positions`, {
    method: 'PUT',
    body: input,
    schema: PositionsDtoSchema,
  });
}

export const indicatorExportUrl = (code: string, format: 'md' | 'json') =>
  `${indicatorPath(code)}/export.${format}`;
export const catalogueCsvUrl = '/api/indicators/export.csv';

/** Changes who may read the indicator (hosts; its creator while proposed or drafting). */
export function setIndicatorVisibility(code: string, visibility: Visibility): Promise<IndicatorDto> {
  return apiFetch(`${indicatorPath(code)}/visibility`, {
    method: 'PUT',
    body: { visibility },
    schema: IndicatorDtoSchema,
  });
}
