import type { UserRecord } from '../models/User';

declare global {
  namespace Express {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface User extends UserRecord {}
  }
}

declare module 'express-session' {
  interface SessionData {
    passport?: { user?: { id: string; v: number } };
  }
}

export {};
