import session from 'express-session';
import { CachedMongoStore } from './cachedSessionStore';
import mongoose from 'mongoose';
import passport from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import type { RequestHandler } from 'express';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { accountCache } from '../features/accounts/accountCache';
import { authenticate } from '../features/accounts/authenticator';
import { SESSIONS_COLLECTION, startSessionCleanup } from '../features/accounts/sessionCleanup';

export const SESSION_COOKIE = 'cw.sid';
const TWO_WEEKS_S = 14 * 24 * 3600;

/**
 * express-session backed by the app's MongoDB. Expired sessions are removed by our own interval job
 * (FerretDB has no TTL indexes, and connect-mongo's interval job deletes with `w: 0`, which must never
 * reach FerretDB); `close()` stops the job. The store borrows mongoose's client, so closing it is
 * left to whoever closes mongoose (connect-mongo's `close()` would close the shared client).
 */
export function createSessionMiddleware(config: Config, log: Logger) {
  const store = new CachedMongoStore({
    client: mongoose.connection.getClient() as unknown as NonNullable<
      ConstructorParameters<typeof CachedMongoStore>[0]['client']
    >,
    dbName: mongoose.connection.db?.databaseName,
    collectionName: SESSIONS_COLLECTION,
    ttl: TWO_WEEKS_S,
    autoRemove: 'disabled',
    touchAfter: 60,
    stringify: false,
  });
  const secure = (config.publicUrl ?? '').startsWith('https://');
  const middleware = session({
    name: SESSION_COOKIE,
    secret: config.sessionSecret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: false,
    proxy: secure,
    cookie: { httpOnly: true, sameSite: 'lax', secure, maxAge: TWO_WEEKS_S * 1000 },
  });
  const cleanup = startSessionCleanup(log);
  const close = async () => {
    cleanup.stop();
  };
  return { middleware, store, close };
}

/** passport-local with the throttled authenticator; the session holds the user id and session version. */
export function configurePassport(config: Config) {
  passport.use(
    new LocalStrategy({ usernameField: 'email', passReqToCallback: true }, (req, email, password, done) => {
      authenticate(email, password, req.ip ?? null, config).then(
        (user) => done(null, user),
        (err) => done(err),
      );
    }),
  );
  passport.serializeUser((user, done) => done(null, { id: String(user._id), v: user.sessionVersion }));
  passport.deserializeUser((payload: { id?: string; v?: number }, done) => {
    // A suspended user, or one whose sessions were revoked, is signed out on the next request.
    accountCache.forSession(payload).then((user) => done(null, user ?? false), done);
  });
  return passport;
}

/**
 * Runs the session and passport middleware except for reads without a session cookie: such a
 * request is anonymous whatever happens, and skipping the session spares it an id generation and a
 * hash. Writes (sign-in) and every request that carries the cookie go through as before.
 */
export function sessionUnlessAnonymousRead(
  session: RequestHandler,
  passportSession: RequestHandler,
): RequestHandler {
  return (req, res, next) => {
    const anonymousRead =
      (req.method === 'GET' || req.method === 'HEAD') && !req.headers.cookie?.includes(`${SESSION_COOKIE}=`);
    if (anonymousRead) return next();
    session(req, res, (err?: unknown) => (err ? next(err) : passportSession(req, res, next)));
  };
}
