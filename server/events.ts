import { EventEmitter } from 'node:events';

/** In-process domain events, emitted by services after a write succeeded; realtime listens. */
export interface AppEvents {
  /** The user's sessions were revoked (suspension, password reset): cut their sockets off. */
  'user.sessions-revoked': [userId: string];
}

export class AppEventBus extends EventEmitter<AppEvents> {}

export const appEvents = new AppEventBus();
