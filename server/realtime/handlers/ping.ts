import { PingSchema } from '@shared/realtime';
import type { AppSocket } from '../index';
import { safeHandler } from '../safeHandler';
import { socketLanguage } from '../socketLanguage';

/** A trivial event that proves the session reached the socket; it doubles as the handler template. */
export function registerPingHandlers(socket: AppSocket) {
  socket.on(
    'ping',
    safeHandler(
      PingSchema,
      async (_payload) => ({ userId: String(socket.request.user!._id) }),
      () => socketLanguage(socket.request),
    ),
  );
}
