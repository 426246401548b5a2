import type { Ack } from '@shared/realtime';
import type { AppSocket } from '../../hooks/socketStore';
import { i18n } from '../../i18n';

export const ACK_TIMEOUT = 8_000;

/** A failed acknowledgement, with the server's message (in the reader's language) when it refused. */
export class AckError extends Error {
  override readonly name = 'AckError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Emitter = (socket: AppSocket) => Promise<unknown>;

/**
 * Emits an event and waits for its acknowledgement (at most 8 s). Resolves with the payload of a
 * `{ok: true}` answer; rejects with an AckError for a refusal or a timeout.
 */
export async function emitAck<T extends object>(socket: AppSocket | null, emit: Emitter): Promise<T> {
  if (!socket) throw new AckError('offline', i18n.t('common:error.offline'));
  let res: Ack<T>;
  try {
    res = (await emit(socket.timeout(ACK_TIMEOUT) as AppSocket)) as Ack<T>;
  } catch {
    throw new AckError('timeout', i18n.t('common:error.timeout'));
  }
  if (!res.ok) throw new AckError(res.error, res.message);
  return res;
}
