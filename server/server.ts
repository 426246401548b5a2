import http from 'node:http';
import path from 'node:path';
import type { Config } from './config';
import type { Logger } from './logger';
import { createApp } from './app';
import { configurePassport, createSessionMiddleware } from './middlewares/session';
import { createRealtime, type AppServer } from './realtime';

export interface RunningServer {
  url: string;
  port: number;
  io: AppServer;
  http: http.Server;
  close(): Promise<void>;
}

/** Wires app, sessions and realtime onto one HTTP server (the database must already be connected). */
export async function startServer(config: Config, log: Logger, port = config.port): Promise<RunningServer> {
  const { middleware: session, store } = createSessionMiddleware(config);
  const passport = configurePassport(config);
  const app = createApp({
    config,
    log,
    session,
    passport,
    clientDir: path.resolve(process.cwd(), 'dist/client'),
  });
  const server = http.createServer(app);
  const { io, dispose } = createRealtime(server, { session, passport, log });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, resolve);
  });
  const actualPort = (server.address() as { port: number }).port;
  return {
    url: `http://localhost:${actualPort}`,
    port: actualPort,
    io,
    http: server,
    async close() {
      dispose();
      await io.close(); // also closes the HTTP server
      server.closeAllConnections();
      await store.close();
    },
  };
}
