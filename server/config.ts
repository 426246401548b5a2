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
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).optional(),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
      .optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
      .optional(),
    MAIL_FROM: z.string().default('Coalition Workspace <no-reply@localhost>'),
    INBOUND_SMTP_PORT: z
      .string()
      .regex(/^(off|\d{1,5})$/, 'must be a port number or off')
      .refine((v) => v === 'off' || Number(v) <= 65535, 'must be a port number or off')
      .optional(),
    REPLY_DOMAIN: z
      .string()
      .regex(/^[A-Za-z0-9.-]+$/, 'must be a domain name')
      .optional(),
    REPLY_ADDRESS_DAYS: z.coerce.number().min(0.0001).max(365).default(30),
    EMAIL_BATCH_MINUTES: z.coerce.number().min(0.01).max(120).default(5),
    INVITATION_DAYS: z.coerce.number().min(0.001).max(90).default(7),
    APPLY_IP_LIMIT: z.coerce.number().int().min(1).default(5),
    UPLOAD_MAX_MB: z.coerce.number().min(0.001).max(10_000).default(100),
    UPLOAD_QUOTA_MB: z.coerce.number().min(0).max(100_000_000).default(1024),
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
    CONSULTATION_REMINDER_DAYS: z.coerce
      .number()
      .int('must be a whole number of days')
      .min(1, 'must be at least 1 day')
      .max(60, 'must be at most 60 days')
      .default(3),
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
  /** Proxy hops whose X-Forwarded-For is believed (client addresses for rate limits and the audit log). */
  trustProxy: number | false;
  /** Several instances share Socket.IO rooms, events and rate limits through this Redis; none: one process. */
  redisUrl: string | null;
  smtpUrl: string | null;
  mailFrom: string;
  /** Inbound SMTP for replies by e-mail (0: a free port); null: off (the default in tests). */
  inboundSmtpPort: number | null;
  /** The domain of reply addresses (`reply+…@REPLY_DOMAIN`); mail for it must reach the inbound listener. */
  replyDomain: string;
  replyAddressTtlMs: number;
  /** Notification e-mails "at once" are gathered this long, then sent as one e-mail per person (and thread). */
  emailBatchMs: number;
  invitationTtlMs: number;
  applyIpLimitPerHour: number;
  uploadMaxBytes: number;
  /** Bytes of files (documents and versions) one person may have uploaded in all; null: no quota. */
  uploadQuotaBytes: number | null;
  searchSyncMs: number;
  messageRate: { max: number; windowMs: number };
  /** Share of member organisations that must respond before an indicator can be endorsed. */
  indicatorQuorum: number;
  /** Organisations that have not responded are reminded this many days before a consultation closes. */
  consultationReminderDays: number;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** `off` or unset in tests: no inbound SMTP; unset elsewhere: 2525. */
/** The inbound listener's port; by default on only where e-mail goes out (no e-mail, no reply addresses). */
function inboundPort(value: string | undefined, env: string, smtpUrl: string | undefined): number | null {
  if (value === 'off' || (value === undefined && (env === 'test' || !smtpUrl))) return null;
  return Number(value ?? 2525);
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
    trustProxy: e.TRUST_PROXY ?? (e.PUBLIC_URL?.startsWith('https://') ? 1 : false),
    redisUrl: e.REDIS_URL ?? null,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    inboundSmtpPort: inboundPort(e.INBOUND_SMTP_PORT, e.NODE_ENV, e.SMTP_URL),
    replyDomain: e.REPLY_DOMAIN ?? (e.PUBLIC_URL ? new URL(e.PUBLIC_URL).hostname : 'localhost'),
    replyAddressTtlMs: e.REPLY_ADDRESS_DAYS * 24 * 3600_000,
    emailBatchMs: Math.round(e.EMAIL_BATCH_MINUTES * 60_000),
    invitationTtlMs: e.INVITATION_DAYS * 24 * 3600_000,
    applyIpLimitPerHour: e.APPLY_IP_LIMIT,
    uploadMaxBytes: Math.round(e.UPLOAD_MAX_MB * 1024 * 1024),
    uploadQuotaBytes: e.UPLOAD_QUOTA_MB > 0 ? Math.round(e.UPLOAD_QUOTA_MB * 1024 * 1024) : null,
    searchSyncMs: e.SEARCH_SYNC_MS,
    messageRate: {
      max: Number(e.MESSAGE_RATE.split('/')[0]),
      windowMs: Number(e.MESSAGE_RATE.split('/')[1]) * 1000,
    },
    indicatorQuorum: e.INDICATOR_QUORUM,
    consultationReminderDays: e.CONSULTATION_REMINDER_DAYS,
  };
}
