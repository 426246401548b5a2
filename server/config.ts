import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    PUBLIC_URL: z.string().url().optional(),
    MONGODB_URI: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb://')
      .optional(),
    DATA_DIR: z.string().default('./data'),
    UPLOADS_DIR: z.string().default('./uploads'),
    SESSION_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
    HOST_EMAIL: z.string().email().optional(),
    HOST_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
    SEED_DEMO: bool.optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
    LOGIN_LOCK_MINUTES: z.coerce.number().min(0.01).default(15),
    LOGIN_IP_LIMIT: z.coerce.number().int().min(1).default(50),
    FERRETDB_BIN: z.string().optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
      .optional(),
    MAIL_FROM: z.string().default('Coalition Workspace <no-reply@localhost>'),
    INVITATION_DAYS: z.coerce.number().min(0.001).max(90).default(7),
    APPLY_IP_LIMIT: z.coerce.number().int().min(1).default(5),
    UPLOAD_MAX_MB: z.coerce.number().min(0.001).max(10_000).default(100),
    SEARCH_SYNC_MS: z.coerce.number().int().min(0).default(5_000),
    MESSAGE_RATE: z
      .string()
      .regex(/^\d+\/\d+$/, 'must look like 10/10 (messages per seconds)')
      .default('10/10'),
    INDICATOR_QUORUM: z.coerce
      .number()
      .gt(0, 'must be a fraction above 0')
      .max(1, 'must be a fraction of at most 1')
      .default(0.5),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'is required when NODE_ENV=production',
      });
    }
    if (Boolean(env.HOST_EMAIL) !== Boolean(env.HOST_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: ['HOST_PASSWORD'],
        message: 'HOST_EMAIL and HOST_PASSWORD go together',
      });
    }
  });

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  publicUrl: string | null;
  mongodbUri: string | null;
  dataDir: string;
  uploadsDir: string;
  sessionSecret: string;
  hostEmail: string | null;
  hostPassword: string | null;
  seedDemo: boolean;
  logLevel: string;
  login: { maxFailures: number; lockMs: number; ipLimitPer15Min: number };
  ferretdbBin: string;
  smtpUrl: string | null;
  mailFrom: string;
  invitationTtlMs: number;
  applyIpLimitPerHour: number;
  uploadMaxBytes: number;
  searchSyncMs: number;
  messageRate: { max: number; windowMs: number };
  /** Share of member organisations that must respond before an indicator can be endorsed. */
  indicatorQuorum: number;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses the environment once; throws ConfigError listing every problem. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (e.g. `HOST_EMAIL=` from docker compose) means "not set".
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'env'}: ${i.message}`));
  }
  const e = parsed.data;
  const root = process.cwd();
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL ? new URL(e.PUBLIC_URL).origin : e.PORT ? `http://localhost:${e.PORT}` : null,
    mongodbUri: e.MONGODB_URI ?? null,
    dataDir: path.resolve(root, e.DATA_DIR),
    uploadsDir: path.resolve(root, e.UPLOADS_DIR),
    // Development only: a fixed secret keeps sessions across restarts; production requires one (checked above).
    sessionSecret: e.SESSION_SECRET ?? 'dev-only-session-secret-change-me',
    hostEmail: e.HOST_EMAIL?.toLowerCase() ?? null,
    hostPassword: e.HOST_PASSWORD ?? null,
    seedDemo: e.SEED_DEMO ?? !e.MONGODB_URI,
    logLevel: e.NODE_ENV === 'test' && !source.LOG_LEVEL ? 'silent' : e.LOG_LEVEL,
    login: {
      maxFailures: e.LOGIN_MAX_FAILURES,
      lockMs: e.LOGIN_LOCK_MINUTES * 60_000,
      ipLimitPer15Min: e.LOGIN_IP_LIMIT,
    },
    ferretdbBin: path.resolve(root, e.FERRETDB_BIN ?? '.tools/ferretdb/ferretdb'),
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    invitationTtlMs: e.INVITATION_DAYS * 24 * 3600_000,
    applyIpLimitPerHour: e.APPLY_IP_LIMIT,
    uploadMaxBytes: Math.round(e.UPLOAD_MAX_MB * 1024 * 1024),
    searchSyncMs: e.SEARCH_SYNC_MS,
    messageRate: {
      max: Number(e.MESSAGE_RATE.split('/')[0]),
      windowMs: Number(e.MESSAGE_RATE.split('/')[1]) * 1000,
    },
    indicatorQuorum: e.INDICATOR_QUORUM,
  };
}
