import type { Request, Router } from 'express';
import { z } from 'zod';
import { PageQuerySchema } from '@shared/schemas/common';
import { IndicatorCodeParamsSchema } from '@shared/schemas/indicator';
import type { Config } from '../config';
import { defineLegacyRoute } from '../openapi/defineRoute';
import { valid } from '../middlewares/validate';
import { requestLanguage } from '../i18n/requestLanguage';
import { inExportLanguage } from '../features/indicators/indicatorExport';

interface Exporters {
  csv: (req: Request) => Promise<string>;
  markdown: (req: Request) => Promise<string>;
  json: (req: Request) => Promise<unknown>;
}

const code = (req: Request) => valid(req, IndicatorCodeParamsSchema, 'params').code;
const download = (name: string) => `attachment; filename="${name}"`;

/**
 * Export routes: the catalogue as CSV, one indicator's metadata as Markdown or JSON (downloads). The
 * Markdown headings and the JSON field labels are in the reader's language (inExportLanguage).
 */
export function registerExportRoutes(router: Router, base: string, _config: Config, exporters: Exporters) {
  defineLegacyRoute(
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
    async (req, res) => {
      const csv = await exporters.csv(req);
      res.type('text/csv; charset=utf-8').set('Content-Disposition', download('indicators.csv')).send(csv);
    },
  );

  defineLegacyRoute(
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
    async (req, res) => {
      const md = await inExportLanguage(requestLanguage(req), () => exporters.markdown(req));
      res
        .type('text/markdown; charset=utf-8')
        .set('Content-Disposition', download(`${code(req)}.md`))
        .set('X-Content-Type-Options', 'nosniff')
        .send(md);
    },
  );

  defineLegacyRoute(
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
    async (req, res) => {
      const json = await inExportLanguage(requestLanguage(req), () => exporters.json(req));
      res.set('Content-Disposition', download(`${code(req)}.json`)).json(json);
    },
  );
}
