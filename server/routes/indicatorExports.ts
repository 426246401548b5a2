import type { Router } from 'express';
import { z } from 'zod';
import { PageQuerySchema } from '@shared/schemas/common';
import { IndicatorCodeParamsSchema } from '@shared/schemas/indicator';
import type { Config } from '../config';
import { defineRoute, SENT } from '../openapi/defineRoute';
import { requestLanguage } from '../i18n/requestLanguage';
import {
  catalogueCsvFor,
  indicatorJsonFor,
  indicatorMarkdownFor,
} from '../features/indicators/exportQueries';

const download = (name: string) => `attachment; filename="${name}"`;

/**
 * Export routes: the catalogue as CSV, one indicator's metadata as Markdown or JSON (downloads). The
 * Markdown headings and the JSON field labels are in the reader's language.
 */
export function registerExportRoutes(router: Router, base: string, config: Config) {
  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/export.csv',
      summary: 'The catalogue the caller may read, as CSV',
      access: 'public',
      query: PageQuerySchema.partial(),
      response: { status: 200, schema: null, description: 'text/csv' },
    },
    async ({ viewer, query, res }) => {
      const csv = await catalogueCsvFor(viewer, query.cursor);
      res.type('text/csv; charset=utf-8').set('Content-Disposition', download('indicators.csv')).send(csv);
      return SENT;
    },
  );

  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:code/export.md',
      summary: 'One indicator’s metadata as Markdown',
      access: 'public',
      params: IndicatorCodeParamsSchema,
      response: { status: 200, schema: null, description: 'text/markdown' },
      errors: [404],
    },
    async ({ viewer, params, req, res }) => {
      const md = await indicatorMarkdownFor(viewer, params.code, config.publicUrl, requestLanguage(req));
      res
        .type('text/markdown; charset=utf-8')
        .set('Content-Disposition', download(`${params.code}.md`))
        .set('X-Content-Type-Options', 'nosniff')
        .send(md);
      return SENT;
    },
  );

  defineRoute(
    router,
    base,
    {
      method: 'get',
      path: '/:code/export.json',
      summary: 'One indicator’s metadata as JSON',
      access: 'public',
      params: IndicatorCodeParamsSchema,
      response: { status: 200, schema: z.object({}).passthrough(), description: 'The metadata' },
      errors: [404],
    },
    async ({ viewer, params, req, res }) => {
      const json = await indicatorJsonFor(viewer, params.code, requestLanguage(req));
      res.set('Content-Disposition', download(`${params.code}.json`));
      return json;
    },
  );
}
