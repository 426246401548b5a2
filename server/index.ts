import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { connectDatabase } from './db/connect';
import { startServer } from './server';
import { ensureHostAccount } from './services/bootstrap';
import { seedDemo } from './seed/demo';

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
  const db = await connectDatabase(config, log);
  await ensureHostAccount(config, log);
  if (config.seedDemo) log.info(await seedDemo(config.uploadsDir), 'demo content loaded (new items)');
  const server = await startServer(config, log);
  log.info({ url: config.publicUrl ?? server.url }, 'Coalition Workspace is ready');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await server.close();
      await db.close(); // disconnects, then stops the embedded FerretDB so it flushes its files
    } finally {
      log.info('stopped');
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error('Failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
