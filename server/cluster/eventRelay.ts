import type { Redis } from 'ioredis';
import type { Logger } from '../logger';
import { appEvents, RELAYED_EVENTS, remoteEvents, type AppEvents, type RelayedEvent } from '../events';
import { instanceId } from './instance';

const CHANNEL = 'cw:app-events';

interface Relayed {
  from: string;
  name: RelayedEvent;
  args: unknown[];
}

/**
 * Carries the events other instances must act on (RELAYED_EVENTS: account, organisation, entity,
 * thread and message changes, revoked sessions, role changes) over Redis pub/sub, and re-emits
 * those of other instances on `remoteEvents`. Pub/sub keeps nothing for an instance that was cut
 * off: when the subscription comes back, this process drops all its caches (they live 2 s anyway).
 */
export async function relayEvents(redis: Redis, log: Logger): Promise<() => Promise<void>> {
  const subscriber = redis.duplicate();
  subscriber.on('error', () => undefined); // the main connection logs; both reconnect by themselves
  const publishers = RELAYED_EVENTS.map((name) => {
    const publish = (...args: unknown[]) => {
      const payload: Relayed = { from: instanceId, name, args };
      redis
        .publish(CHANNEL, JSON.stringify(payload))
        .catch((err: unknown) => log.warn({ err, event: name }, 'event not relayed to other instances'));
    };
    (appEvents.on as (n: RelayedEvent, l: (...a: unknown[]) => void) => void)(name, publish);
    return { name, publish };
  });
  subscriber.on('message', (_channel: string, raw: string) => {
    let event: Relayed;
    try {
      event = JSON.parse(raw) as Relayed;
    } catch {
      return;
    }
    if (event.from === instanceId || !(RELAYED_EVENTS as readonly string[]).includes(event.name)) return;
    (remoteEvents.emit as (n: RelayedEvent, ...a: unknown[]) => boolean)(event.name, ...event.args);
  });
  let subscribedOnce = false;
  subscriber.on('ready', () => {
    if (subscribedOnce) dropCaches();
    subscribedOnce = true;
  });
  await subscriber.subscribe(CHANNEL);
  return async () => {
    for (const { name, publish } of publishers)
      (appEvents.off as (n: RelayedEvent, l: (...a: unknown[]) => void) => void)(name, publish);
    subscriber.disconnect();
  };
}

/** Events missed while Redis was away: forget every cached account, name and page. */
function dropCaches() {
  const everyone: AppEvents['user.changed'] = [null];
  remoteEvents.emit('user.changed', ...everyone);
  remoteEvents.emit('organisation.changed');
}
