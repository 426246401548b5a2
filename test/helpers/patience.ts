/**
 * How long the tests wait, in one place.
 *
 * The suite must pass on a two-core machine running two test files at once while other work runs,
 * so every limit here is generous: a limit only turns a hang into a failure that says what was
 * awaited. It never measures speed. A test that measures something asserts the figure itself and
 * waits under a larger limit, so a slow result fails with the figure rather than a timeout.
 *
 * Waits are for conditions (`waitUntil`, an acknowledgement, an element), never fixed sleeps. The
 * one kind of pause left is `quiet()`: a negative check, after a positive sign, that something did
 * not happen.
 */

/** A Socket.IO acknowledgement (`socket.timeout(ACK_MS).emitWithAck(…)`), also one among a burst of them. */
export const ACK_MS = 20_000;

/** One HTTP request or database call given a limit of its own (supertest's `.timeout()`). */
export const REQUEST_MS = 30_000;

/** One step in a browser page: an element to appear, a navigation, a download. */
export const STEP_MS = 20_000;

/** A condition polled until it holds: a record stored, an event heard, a file gone. */
export const WAIT_MS = 30_000;

/** A process starting until it answers: the app bundle's health, FerretDB, Mailpit. */
export const START_MS = 90_000;

/*
 * A test's or a hook's budget when it names none: Jest's `testTimeout`, 90 s (jest.config.mjs,
 * which cannot import this file).
 */

/** A test that starts processes, a browser, or runs many steps or hundreds of requests. */
export const SLOW_TEST_MS = 180_000;

/**
 * How long a negative check watches for something that must NOT happen, once a positive sign (the
 * event that comes with or after it) has arrived. Not lengthened for slow machines: slowness can
 * only make such a check pass when it should fail, never fail when it should pass.
 */
const QUIET_MS = 300;

/** Waits QUIET_MS: only for a negative check, after a positive sign (see QUIET_MS). */
export const quiet = () => new Promise<void>((resolve) => setTimeout(resolve, QUIET_MS));

/**
 * Polls `check` every `everyMs` until it returns something other than undefined/false, and
 * returns that; fails after `ms` naming `what` was awaited.
 */
export async function waitUntil<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
  ms = WAIT_MS,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
