/**
 * The realtime contract between the server and its clients: the rooms, and the event registry
 * (every event's payload and acknowledgement schemas, from which the Socket.IO types derive).
 */
export * from './rooms';
export * from './entities';
export * from './events';
