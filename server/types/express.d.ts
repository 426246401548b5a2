import type { UserRecord } from '../models/User';

declare global {
  namespace Express {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface User extends UserRecord {}
    interface Request {
      /** Inputs parsed by validate(); handlers read these, never the raw ones. */
      valid: { body?: unknown; query?: unknown; params?: unknown };
    }
  }
}

declare module 'express-session' {
  interface SessionData {
    passport?: { user?: { id: string; v: number } };
  }
}

export {};
