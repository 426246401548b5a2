import http from 'node:http';
import path from 'node:path';
import type { Config } from './config';
import type { Logger } from './logger';
import { createApp } from './app';
import { configurePassport, createSessionMiddleware } from './middlewares/session';
import { createRealtime, type AppServer } from './realtime';
import { FileStore } from './services/uploads/fileStore';
import { Library } from './services/library';
import { watchMessageNotifications } from './services/mentions';
import { FloodGuard } from './services/floodGuard';
import { reconcileSubjectThreads } from './services/subjectThreads';

export interface RunningServer {
  url: string;
  port: number;
  io: AppServer;
  library: Library;
  http: http.Server;
  close(): Promise<void>;
}

/** Wires app, sessions and realtime onto one HTTP server (the database must already be connected). */
export async function startServer(config: Config, log: Logger, port = config.port): Promise<RunningServer> {
  const { middleware: session, close: closeSessions } = createSessionMiddleware(config, log);
  const passport = configurePassport(config);
  const flood = new FloodGuard(config.messageRate.max, config.messageRate.windowMs);
  const files = new FileStore(config.uploadsDir);
  await files.sweepTemp(24 * 3600_000);
  const realigned = await reconcileSubjectThreads();
  if (realigned) log.warn({ threads: realigned }, 'discussions narrowed to their items’ visibility');
  const library = new Library(files, log, config.searchSyncMs);
  void library.start().catch((err) => log.error({ err }, 'search index could not be built'));
  const app = createApp({
    config,
    log,
    session,
    passport,
    library,
    flood,
    clientDir: path.resolve(process.cwd(), 'dist/client'),
  });
  const server = http.createServer(app);
  const stopMessageNotifications = watchMessageNotifications(log);
  const { io, dispose } = createRealtime(server, {
    session,
    passport,
    log,
    publicOrigin: config.publicUrl,
    flood,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, resolve);
  });
  const actualPort = (server.address() as { port: number }).port;
  return {
    url: `http://localhost:${actualPort}`,
    port: actualPort,
    io,
    library,
    http: server,
    async close() {
      dispose();
      stopMessageNotifications();
      await io.close(); // also closes the HTTP server
      server.closeAllConnections();
      await library.stop();
      await closeSessions();
    },
  };
}
