import type { Logger } from '../../logger';
import type { AppSocket } from '../types';
import { eventRegistrar } from '../safeHandler';
import { socketLanguage } from '../socketLanguage';

/** A trivial event that proves the session reached the socket; it doubles as the handler template. */
export function registerPingHandlers(socket: AppSocket, log: Logger) {
  const on = eventRegistrar(socket, { languageOf: () => socketLanguage(socket.request), log });
  on('ping', async () => ({ userId: String(socket.request.user!._id) }));
}
