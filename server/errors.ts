/** Domain errors: they know nothing about HTTP; the error handler maps them to statuses. */
export class DomainError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    public readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
export class ValidationError extends DomainError {
  constructor(message: string, fields?: Record<string, string>) {
    super('invalid_input', message, fields);
  }
}
export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to continue') {
    super('unauthenticated', message);
  }
}
export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this') {
    super('forbidden', message);
  }
}
export class NotFoundError extends DomainError {
  constructor(what = 'Resource') {
    super('not_found', `${what} not found`);
  }
}
export class ConflictError extends DomainError {
  constructor(
    message: string,
    code = 'conflict',
    /** Extra body fields for the client, e.g. the latest revision after a stale save. */
    public readonly payload?: Record<string, unknown>,
  ) {
    super(code, message);
  }
}
export class TooManyRequestsError extends DomainError {
  constructor(
    message = 'Too many attempts, try again later',
    public readonly retryAfterSeconds?: number,
  ) {
    super('too_many_requests', message);
  }
}
export class UnavailableError extends DomainError {
  constructor(message = 'Service temporarily unavailable') {
    super('unavailable', message);
  }
}
export class GoneError extends DomainError {
  constructor(message: string) {
    super('gone', message);
  }
}
