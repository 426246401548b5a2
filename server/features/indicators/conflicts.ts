import type { z } from 'zod';
import { EndorsementBlockedSchema, RevisionConflictSchema } from '@shared/schemas/indicator';
import { ConflictError, type Message } from '../../errors';

/**
 * What a 409 body carries besides the error code and its message (which the error itself gives).
 * Each error below takes its code from its schema's `error` literal, so the body the error handler
 * writes ({ error: code, message, ...payload }) is the one the schema describes.
 */
type PayloadOf<S extends z.ZodType> = Omit<z.infer<S>, 'error' | 'message'>;

/**
 * A save based on an older revision than the latest: the 409 carries the latest revision, typed
 * by the shared schema the client parses it with (RevisionConflictSchema).
 */
export class RevisionConflictError extends ConflictError {
  declare readonly payload: PayloadOf<typeof RevisionConflictSchema>;
  constructor(text: Message, payload: PayloadOf<typeof RevisionConflictSchema>) {
    super(text, RevisionConflictSchema.shape.error.value, payload);
  }
}

/**
 * Endorsement refused while submitted comments have no disposition (no override passes this
 * gate): the 409 says how many (EndorsementBlockedSchema).
 */
export class EndorsementBlockedError extends ConflictError {
  declare readonly payload: PayloadOf<typeof EndorsementBlockedSchema>;
  constructor(text: Message, payload: PayloadOf<typeof EndorsementBlockedSchema>) {
    super(text, EndorsementBlockedSchema.shape.error.value, payload);
  }
}
