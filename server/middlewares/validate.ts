import type { NextFunction, Request, Response } from 'express';
import type { z } from 'zod';
import { ValidationError } from '../errors';

type Part = 'body' | 'query' | 'params';

/** Turns zod issues into one readable message and a field → message map. */
export function toValidationError(error: z.ZodError): ValidationError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??=
      issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}` : issue.message;
  }
  const message = Object.entries(fields)
    .map(([k, v]) => (k === '_' ? v : `${k}: ${v}`))
    .join('; ');
  return new ValidationError(message || 'Invalid input', fields);
}

/** Validates one part of the request against a zod schema and stores the parsed value in req.valid. */
export function validate(schema: z.ZodType, part: Part = 'body') {
  return (req: Request, _res: Response, next: NextFunction) => {
    const input = part === 'body' ? (req.body ?? {}) : req[part];
    const result = schema.safeParse(input);
    if (!result.success) return next(toValidationError(result.error));
    req.valid = { ...req.valid, [part]: result.data };
    next();
  };
}

/** Reads a validated part with its schema's type. */
export function valid<S extends z.ZodType>(req: Request, _schema: S, part: Part = 'body'): z.infer<S> {
  return req.valid[part] as z.infer<S>;
}
