import type { Router } from 'express';
import {
  IndicatorCodeParamsSchema,
  IndicatorDtoSchema,
  IndicatorLanguageSchema,
  IndicatorTranslationInputSchema,
  IndicatorTranslationParamsSchema,
} from '@shared/schemas/indicator';
import { defineRoute } from '../openapi/defineRoute';
import { actorOf } from './context';
import {
  correctIndicatorLanguage,
  removeIndicatorTranslation,
  translateIndicator,
} from '../features/indicators/translationCommands';

/**
 * An indicator's texts in other languages: add or replace a translation, remove one, correct the
 * language the indicator is written in (those who may revise it; hidden indicators answer 404).
 */
export function registerTranslationRoutes(router: Router, base: string) {
  defineRoute(
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
    ({ req, params, body }) => translateIndicator(actorOf(req), params.code, params.language, body),
  );

  defineRoute(
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
    ({ req, params }) => removeIndicatorTranslation(actorOf(req), params.code, params.language),
  );

  defineRoute(
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
    ({ req, params, body }) => correctIndicatorLanguage(actorOf(req), params.code, body.language),
  );
}
