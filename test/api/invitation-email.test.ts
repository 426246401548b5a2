import { SMTPServer } from 'smtp-server';
import type request from 'supertest';
import { freePort } from '../../server/db/ferretdb';
import { startTestServer, type TestContext } from '../helpers/server';
import { createUser, signIn } from '../factories';

/** A real SMTP server on loopback that keeps what it receives. */
async function startSmtp() {
  const received: { to: string[]; data: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (c: Buffer) => (data += c.toString()));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let ctx: TestContext;
let host: request.Agent;
beforeAll(async () => {
  smtp = await startSmtp();
  ctx = await startTestServer({
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    MAIL_FROM: 'Workspace <ws@example.test>',
  });
  host = ctx.agent();
  await signIn(host, await createUser({ role: 'host' }));
});
afterAll(async () => {
  await ctx.close();
  await smtp.close();
});

describe('invitation email', () => {
  it('sends the accept link by email when SMTP_URL is configured', async () => {
    const res = await host
      .post('/api/invitations')
      .send({ email: 'mailed@example.test', role: 'member' })
      .expect(201);
    expect(res.body.emailed).toBe(true);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(['mailed@example.test']);
    // Quoted-printable may wrap long lines; undo soft line breaks before looking for the link.
    expect(smtp.received[0]!.data.replace(/=\r?\n/g, '')).toContain(res.body.acceptUrl);
  });
});
