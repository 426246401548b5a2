import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler } from 'express';
import helmet from 'helmet';
import compression from 'compression';
import type passport from 'passport';
import { LIMITS } from '@shared/limits';
import type { Config } from './config';
import type { Logger } from './logger';
import { originCheck } from './middlewares/csrf';
import { requestLog } from './middlewares/requestLog';
import { sessionUnlessAnonymousRead } from './middlewares/session';
import { errorHandler } from './middlewares/errorHandler';
import { NotFoundError, message } from './errors';
import { healthRouter } from './routes/health';
import { authRouter } from './routes/auth';
import { organisationsRouter } from './routes/organisations';
import { meetingsRouter } from './routes/meetings';
import { docsRouter } from './routes/docs';
import { invitationsRouter } from './routes/invitations';
import { applicationsRouter } from './routes/applications';
import { usersRouter } from './routes/users';
import { passwordResetsRouter } from './routes/passwordResets';
import { auditRouter } from './routes/audit';
import { createMailer } from './features/email/mailer';
import { documentsRouter } from './routes/documents';
import { documentPreviewRouter } from './routes/documentPreview';
import type { Library } from './features/library/library';
import type { FloodGuard } from './features/discussions/floodGuard';
import { messagesRouter, threadsRouter } from './routes/threads';
import { notificationsRouter } from './routes/notifications';
import { indicatorsRouter } from './routes/indicators';
import { consultationRouter } from './routes/consultation';
import { followUpsRouter } from './routes/followUps';
import { termsRouter } from './routes/terms';
import { catchUpRouter } from './routes/catchUp';
import { emailPreferencesRouter } from './routes/emailPreferences';
import { emailUnsubscribeRouter } from './routes/emailUnsubscribe';
import type { LimiterFactory } from './middlewares/rateLimit';
import { languageRouter } from './routes/language';
import { pageShell } from './i18n/pageShell';
import { requestLanguage, setLanguageCookie } from './i18n/requestLanguage';
import { isLanguage } from '@shared/i18n/languages';

export interface AppDeps {
  config: Config;
  log: Logger;
  session: RequestHandler;
  passport: typeof passport;
  library: Library;
  flood: FloodGuard;
  /** Per-address rate limiters (shared through Redis when the app runs as several instances). */
  limiter: LimiterFactory;
  /** Folder of the built client; served with an SPA fallback when it exists. */
  clientDir?: string;
}

/** The Express app without listen(): index.ts serves it, tests drive it with supertest. */
export function createApp({ config, log, session, passport, library, flood, limiter, clientDir }: AppDeps) {
  const app = express();
  app.disable('x-powered-by');
  // API responses are fresh JSON every time; hashing each body for an ETag only costs CPU.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'", 'ws:', 'wss:'],
          frameSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'self'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(requestLog(log, (url) => url === '/api/health'));
  app.use('/api', express.json({ limit: LIMITS.jsonBody, strict: true }));
  // One-click unsubscribe (RFC 8058): mail providers POST without an Origin; the signed token is the proof.
  app.use('/api/email/unsubscribe', emailUnsubscribeRouter(config));
  app.use('/api', originCheck(config.publicUrl));
  const sessionForRequest = sessionUnlessAnonymousRead(session, passport.session() as RequestHandler);
  app.use('/api', sessionForRequest);

  app.use('/api/health', healthRouter());
  app.use('/api/auth', authRouter(config, limiter));
  app.use('/api/language', languageRouter(config));
  app.use('/api/organisations', organisationsRouter());
  app.use('/api/meetings', meetingsRouter());
  const mailer = createMailer(config, log);
  app.use('/api/invitations', invitationsRouter(config, mailer));
  app.use('/api/applications', applicationsRouter(config, mailer, limiter));
  app.use('/api/users', usersRouter(config));
  app.use('/api/password-resets', passwordResetsRouter());
  app.use('/api/audit', auditRouter());
  app.use('/api/documents', documentsRouter(config, library));
  app.use('/api/documents', documentPreviewRouter(library));
  app.use('/api/threads', threadsRouter(flood));
  app.use('/api/messages', messagesRouter());
  app.use('/api/notifications', notificationsRouter());
  app.use('/api/indicators', indicatorsRouter(config));
  app.use('/api/indicators', consultationRouter());
  app.use('/api/follow-ups', followUpsRouter());
  app.use('/api/terms', termsRouter());
  app.use('/api/catch-up', catchUpRouter());
  app.use('/api/email-preferences', emailPreferencesRouter(config));
  app.use('/api', docsRouter());
  app.use('/api', (req, _res, next) =>
    next(
      new NotFoundError(
        message('API route {{method}} {{path}} not found', { method: req.method, path: req.path }),
      ),
    ),
  );

  if (clientDir && fs.existsSync(path.join(clientDir, 'index.html'))) {
    // The client's script and styles shrink to about a third with gzip. Only these static files are
    // compressed: API responses stay uncompressed (cheaper per request; downloads keep Range support).
    app.use(compression());
    app.use(express.static(clientDir, { index: false, maxAge: '1h', setHeaders: immutableAssets }));
    // Every page is index.html in the reader's language (the account's, the cookie's or the
    // browser's), so the first paint has the right words and direction before any script runs.
    // `?lang=xx` (the language bar's links, for a visitor without scripts) sets the cookie.
    const page = pageShell(path.join(clientDir, 'index.html'));
    const secure = (config.publicUrl ?? '').startsWith('https://');
    app.get('/{*spa}', sessionForRequest, (req, res) => {
      const asked = req.query.lang;
      if (isLanguage(asked)) {
        setLanguageCookie(res, asked, secure);
        const url = new URL(req.originalUrl, 'http://page');
        url.searchParams.delete('lang');
        return void res.redirect(303, url.pathname + url.search);
      }
      res.set({ 'Cache-Control': 'no-cache', Vary: 'Cookie, Accept-Language' });
      res.type('html').send(page(requestLanguage(req)));
    });
  }
  app.use(errorHandler(log));
  return app;
}

function immutableAssets(res: express.Response, filePath: string) {
  // Vite fingerprints everything under assets/, so it can be cached for good.
  if (filePath.includes(`${path.sep}assets${path.sep}`))
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}
