import http from 'node:http';
import path from 'node:path';
import type { Config } from './config';
import type { Logger } from './logger';
import { createApp } from './app';
import { configurePassport, createSessionMiddleware } from './middlewares/session';
import { createRealtime, type AppServer } from './realtime';
import { FileStore } from './features/library/uploads/fileStore';
import { Library } from './features/library/library';
import { watchMessageNotifications } from './features/discussions/mentions';
import { FloodGuard } from './features/discussions/floodGuard';
import { reconcileSubjectThreads } from './features/discussions/subjectThreads';
import { backfillIndicatorSearch } from './features/indicators/indicators';
import { refreshTermKeys } from './features/glossary/glossary';
import { connectRedis } from './cluster/redis';
import { relayEvents } from './cluster/eventRelay';
import { limiterFactory } from './middlewares/rateLimit';
import { startConsultationReminders } from './features/consultation/reminders';
import { startEmailJobs, type EmailJobs } from './features/email/emailJobs';
import { startInboundSmtp } from './inbound/smtpListener';

export interface RunningServer {
  url: string;
  port: number;
  io: AppServer;
  library: Library;
  http: http.Server;
  /** Notification and digest e-mails (see features/email/emailJobs.ts). */
  email: EmailJobs;
  /** The inbound SMTP listener's port (replies by e-mail), null when it is off. */
  inboundSmtpPort: number | null;
  close(): Promise<void>;
}

/** Wires app, sessions and realtime onto one HTTP server (the database must already be connected). */
export async function startServer(config: Config, log: Logger, port = config.port): Promise<RunningServer> {
  const { middleware: session, close: closeSessions } = createSessionMiddleware(config, log);
  const passport = configurePassport(config);
  // Several instances: Socket.IO rooms, relayed events and rate limits shared through Redis.
  const redis = config.redisUrl ? await connectRedis(config.redisUrl, log) : null;
  const stopRelay = redis ? await relayEvents(redis, log) : async () => undefined;
  const flood = new FloodGuard(config.messageRate.max, config.messageRate.windowMs, redis);
  const files = new FileStore(config.uploadsDir);
  await files.sweepTemp(24 * 3600_000);
  const realigned = await reconcileSubjectThreads();
  if (realigned) log.warn({ threads: realigned }, 'discussions narrowed to their items’ visibility');
  // Records stored before the current search folding (every script) get their search texts.
  const refolded = (await backfillIndicatorSearch()) + (await refreshTermKeys());
  if (refolded) log.info({ records: refolded }, 'search texts brought up to the current folding');
  const library = new Library(files, log, config.searchSyncMs);
  void library.start().catch((err) => log.error({ err }, 'search index could not be built'));
  const app = createApp({
    config,
    log,
    session,
    passport,
    library,
    flood,
    limiter: limiterFactory(redis),
    clientDir: path.resolve(process.cwd(), 'dist/client'),
  });
  const server = http.createServer(app);
  const stopMessageNotifications = watchMessageNotifications(log);
  const consultationReminders = startConsultationReminders(config, log);
  const email = startEmailJobs(config, log);
  const inbound =
    config.inboundSmtpPort === null
      ? null
      : await startInboundSmtp(config, log, flood, config.inboundSmtpPort);
  const { io, dispose } = createRealtime(server, {
    session,
    passport,
    log,
    publicOrigin: config.publicUrl,
    flood,
    redis,
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
    email,
    inboundSmtpPort: inbound?.port ?? null,
    async close() {
      dispose();
      stopMessageNotifications();
      await consultationReminders.stop();
      await inbound?.close();
      await email.stop();
      await io.close(); // also closes the HTTP server
      server.closeAllConnections();
      await library.stop();
      await closeSessions();
      await stopRelay();
      redis?.disconnect();
    },
  };
}
