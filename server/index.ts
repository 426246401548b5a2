import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { connectDatabase } from './db/connect';
import { startServer, type RunningServer } from './server';
import { ensureHostAccount } from './features/accounts/bootstrap';
import { seedDemo } from './seed/demo';

/** How long requests still running at shutdown may take to finish before their connections are cut. */
const SHUTDOWN_GRACE_MS = 2_000;
/** After this, the process exits whatever is still pending. */
const SHUTDOWN_LIMIT_MS = 15_000;

/**
 * Closes HTTP and realtime. A request still running after the grace period (a slow upload) is cut
 * off; the upload's storage engine then removes its partial file, which is awaited too.
 */
async function closeServer(server: RunningServer): Promise<void> {
  const cut = setTimeout(() => server.http.closeAllConnections(), SHUTDOWN_GRACE_MS);
  try {
    await server.close();
  } finally {
    clearTimeout(cut);
  }
  await server.library.store.settled();
}

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const log = createLogger(config.logLevel);
  let server: RunningServer | undefined;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    // A signal during start-up waits for the database to be up, so it can be stopped properly.
    // (`connecting` is assigned below, in the same tick as these handlers: before any signal runs.)
    const db = await connecting.catch(() => null);
    db?.embedded?.stopSupervising(); // a database that dies now is not restarted
    const force = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      try {
        const pid = db?.embedded?.pid ?? -1;
        if (pid > 0) process.kill(pid, 'SIGTERM'); // FerretDB then stops and flushes by itself
      } finally {
        process.exit(1);
      }
    }, SHUTDOWN_LIMIT_MS);
    force.unref();
    let code = 0;
    try {
      if (server) await closeServer(server);
    } catch (err) {
      code = 1;
      log.error({ err }, 'closing the server failed');
    }
    try {
      await db?.close(); // disconnects, then stops the embedded FerretDB so it flushes its files
    } catch (err) {
      code = 1;
      log.error({ err }, 'closing the database failed');
    }
    log.info('stopped');
    process.exit(code);
  };
  // Before the database starts: a signal at any point after this stops it again.
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  const connecting = connectDatabase(config, log);
  const db = await connecting;
  try {
    await ensureHostAccount(config, log);
    if (config.seedDemo) log.info(await seedDemo(config.uploadsDir), 'demo content loaded (new items)');
    server = await startServer(config, log);
  } catch (err) {
    if (stopping) return; // interrupted by a signal: stop() finishes the job
    await db.close().catch(() => undefined); // a failed start leaves nothing running
    throw err;
  }
  log.info({ url: config.publicUrl ?? server.url }, 'Coalition Workspace is ready');
  if (server.inboundSmtpPort !== null)
    log.info({ port: server.inboundSmtpPort }, 'replies by e-mail: inbound SMTP listening');
}

main().catch((err) => {
  console.error('Failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
