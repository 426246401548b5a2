import type request from 'supertest';
import { startTestServer, type TestContext } from './server';
import { startMailpit, type Mailpit } from './mailpit';
import { waitUntil } from './patience';
import { createUser, signIn } from '../factories';
import { PendingEmail } from '../../server/models/PendingEmail';

type Account = Awaited<ReturnType<typeof createUser>>;

export interface EmailWorld {
  mailpit: Mailpit;
  ctx: TestContext;
  host: request.Agent;
  hostUser: Account;
  /** The member who receives the e-mails. */
  member: request.Agent;
  memberUser: Account;
  /** Sends the "at once" batch now (each call in a period of its own; the timer's hour never comes). */
  flush(): Promise<boolean>;
  /** Waits until `n` e-mails wait for the member. */
  queued(n: number): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * A server sending its e-mail to a real Mailpit, "at once" e-mails gathered for an hour (so tests
 * send them with flush()), messages not rate-limited, Hana Host and a member signed in.
 */
export async function emailWorld(member: Parameters<typeof createUser>[0]): Promise<EmailWorld> {
  const mailpit = await startMailpit();
  const ctx = await startTestServer({
    SMTP_URL: mailpit.smtpUrl,
    EMAIL_BATCH_MINUTES: '60',
    MESSAGE_RATE: '1000/10',
  });
  const hostUser = await createUser({ role: 'host', name: 'Hana Host' });
  const memberUser = await createUser({ role: 'member', ...member });
  const host = ctx.agent();
  const memberAgent = ctx.agent();
  await signIn(host, hostUser);
  await signIn(memberAgent, memberUser);
  let hour = 0;
  return {
    mailpit,
    ctx,
    host,
    hostUser,
    member: memberAgent,
    memberUser,
    flush: () => ctx.server.email.runNow('instant', Date.now() + ++hour * 3_600_000),
    queued: (n) =>
      waitUntil(
        `${n} queued`,
        async () => (await PendingEmail.countDocuments({ recipientId: memberUser._id })) === n,
      ),
    async close() {
      await ctx.close();
      await mailpit.stop();
    },
  };
}
