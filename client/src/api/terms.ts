import { listOf, type List } from '@shared/schemas/common';
import {
  TermDtoSchema,
  TermSummaryDtoSchema,
  type CreateTermInput,
  type TermDto,
  type TermStatus,
  type TermSummaryDto,
  type UpdateTermInput,
} from '@shared/schemas/term';
import { apiFetch, queryString } from './client';

const TermListSchema = listOf(TermSummaryDtoSchema);

export interface TermListParams {
  q?: string;
  status?: TermStatus;
  limit?: number;
  cursor?: string | null;
}

const termPath = (slug: string) => `/api/terms/${encodeURIComponent(slug)}`;

/** Glossary terms in alphabetical order. */
export function listTerms(params: TermListParams = {}, signal?: AbortSignal): Promise<List<TermSummaryDto>> {
  return apiFetch(`/api/terms${queryString({ ...params })}`, { schema: TermListSchema, signal });
}

export function getTerm(slug: string, signal?: AbortSignal): Promise<TermDto> {
  return apiFetch(termPath(slug), { schema: TermDtoSchema, signal });
}

export function proposeTerm(input: CreateTermInput): Promise<TermDto> {
  return apiFetch('/api/terms', { method: 'POST', body: input, schema: TermDtoSchema });
}

export function updateTerm(slug: string, changes: UpdateTermInput): Promise<TermDto> {
  return apiFetch(termPath(slug), { method: 'PATCH', body: changes, schema: TermDtoSchema });
}
