import { z } from 'zod';

/** Every acknowledgement: success with a payload, or a typed error. */
export type Ack<T extends object = object> =
  ({ ok: true } & T) | { ok: false; error: string; message: string };

export const EntityChangedSchema = z.object({ kind: z.string(), id: z.string() });
export type EntityChanged = z.infer<typeof EntityChangedSchema>;

export const PingSchema = z.strictObject({});

/** Events the server emits. Later features add message:new, typing, presence, notification:new. */
export interface ServerToClientEvents {
  'entity:changed': (payload: EntityChanged) => void;
  'session:ended': (payload: { reason: string }) => void;
}

/** Events the client emits; every payload is validated with zod on arrival. */
export interface ClientToServerEvents {
  ping: (payload: z.infer<typeof PingSchema>, ack: (res: Ack<{ userId: string }>) => void) => void;
}

/** The room every socket of one user joins, so features can reach that user. */
export const userRoom = (userId: string) => `user:${userId}`;
