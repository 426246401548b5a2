import type { Request, Response, Router } from 'express';
import {
  IndicatorCodeParamsSchema,
  IndicatorDtoSchema,
  IndicatorLanguageSchema,
  IndicatorTranslationInputSchema,
  IndicatorTranslationParamsSchema,
} from '@shared/schemas/indicator';
import { defineLegacyRoute } from '../openapi/defineRoute';
import { actorOf } from './context';
import { valid } from '../middlewares/validate';
import { authorize } from '../policies';
import { canTranslateIndicator } from '../policies/indicator';
import type { IndicatorRecord } from '../models/Indicator';
import { changeLanguage, removeTranslation, saveTranslation } from '../features/indicators/indicatorTranslations';

interface IndicatorRoutes {
  /** The indicator of `:code` if the caller may read it (404 otherwise). */
  readable: (req: Request) => Promise<IndicatorRecord>;
  /** Answers with the indicator's DTO for the caller. */
  send: (req: Request, res: Response, ind: IndicatorRecord) => Promise<void>;
}

/**
 * An indicator's texts in other languages: add or replace a translation, remove one, correct the
 * language the indicator is written in (those who may revise it; hidden indicators answer 404).
 */
export function registerTranslationRoutes(router: Router, base: string, { readable, send }: IndicatorRoutes) {
  /** The indicator of `:code`, if the caller may read it (else 404) and translate it (else 403). */
  const translatable = async (req: Request) => {
    const ind = await readable(req);
    authorize(canTranslateIndicator(req.user, ind), req.user);
    return ind;
  };

  defineLegacyRoute(
    router,
    base,
    {
      method: 'put',
      path: '/:code/translations/:language',
      summary:
        'Create or replace the translation into a language (those who may revise the indicator; not its own language)',
      access: 'user',
      params: IndicatorTranslationParamsSchema,
      body: IndicatorTranslationInputSchema,
      response: { status: 200, schema: IndicatorDtoSchema },
      errors: [404, 409],
    },
    async (req, res) => {
      const ind = await translatable(req);
      const { language } = valid(req, IndicatorTranslationParamsSchema, 'params');
      const input = valid(req, IndicatorTranslationInputSchema);
      await send(req, res, await saveTranslation(ind, language, input, actorOf(req)));
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'delete',
      path: '/:code/translations/:language',
      summary: 'Remove the translation into a language (those who may revise the indicator)',
      access: 'user',
      params: IndicatorTranslationParamsSchema,
      response: { status: 200, schema: IndicatorDtoSchema },
      errors: [404, 409],
    },
    async (req, res) => {
      const ind = await translatable(req);
      const { language } = valid(req, IndicatorTranslationParamsSchema, 'params');
      await send(req, res, await removeTranslation(ind, language, actorOf(req)));
    },
  );

  defineLegacyRoute(
    router,
    base,
    {
      method: 'put',
      path: '/:code/language',
      summary:
        'Correct the language the indicator is written in (those who may revise it; 409 while it has a translation into that language)',
      access: 'user',
      params: IndicatorCodeParamsSchema,
      body: IndicatorLanguageSchema,
      response: { status: 200, schema: IndicatorDtoSchema },
      errors: [404, 409],
    },
    async (req, res) => {
      const ind = await translatable(req);
      const { language } = valid(req, IndicatorLanguageSchema);
      await send(req, res, await changeLanguage(ind, language, actorOf(req)));
    },
  );
}
