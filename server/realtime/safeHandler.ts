import type { z } from 'zod';
import type { Ack } from '@shared/realtime';
import { DEFAULT_LANGUAGE, type Language } from '@shared/i18n/languages';
import { DomainError, databaseDomainError, localize } from '../errors';
import { parseIn, toValidationError } from '../middlewares/validate';

/** The language of the socket's user at the moment of answering (see socketLanguage). */
export type LanguageOf = () => Language | Promise<Language>;

/**
 * Wraps a socket event handler: validates the payload with zod, turns thrown domain errors (and
 * database failures, in the same vocabulary as HTTP: `conflict`, `unavailable`) into an error
 * acknowledgement in the user's language, and never lets an exception escape to crash the process.
 */
export function safeHandler<S extends z.ZodType, R extends object>(
  schema: S,
  handler: (payload: z.infer<S>) => Promise<R>,
  languageOf: LanguageOf = () => DEFAULT_LANGUAGE,
) {
  const language = async () => {
    try {
      return await languageOf();
    } catch {
      return DEFAULT_LANGUAGE;
    }
  };
  return async (payload: unknown, ack?: (res: Ack<R>) => void) => {
    const reply = typeof ack === 'function' ? ack : () => undefined;
    try {
      const parsed = schema.safeParse(payload ?? {});
      if (!parsed.success) {
        // Parsed again for zod's own messages in the user's language (only when refused).
        const lang = await language();
        const again = parseIn(schema, payload ?? {}, lang);
        const err = toValidationError(again.success ? parsed.error : again.error, lang);
        return reply({ ok: false, error: err.code, message: err.message });
      }
      reply({ ok: true, ...(await handler(parsed.data)) });
    } catch (thrown) {
      const err = databaseDomainError(thrown) ?? thrown;
      const say = async (text: Parameters<typeof localize>[1]) => localize(await language(), text);
      if (err instanceof DomainError)
        return reply({ ok: false, error: err.code, message: await say(err.text) });
      reply({ ok: false, error: 'internal', message: await say('Something went wrong on our side') });
    }
  };
}
