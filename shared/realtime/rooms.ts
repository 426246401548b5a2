import type { Visibility } from '../roles';

/** The room of one thread's open views. */
export const threadRoom = (threadId: string) => `thread:${threadId}`;

/** The room every socket of one user joins, so features can reach that user. */
export const userRoom = (userId: string) => `user:${userId}`;

/**
 * The room of the sockets whose role may read items of one visibility: each socket joins one room
 * per visibility its role may read (`readableVisibilities`), so an item of visibility v reaches
 * exactly the sockets of people who may read it.
 */
export const audienceRoom = (visibility: Visibility) => `audience:${visibility}`;
