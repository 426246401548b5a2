import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../../server/db/ferretdb';
import { START_MS, waitUntil } from './patience';

const BINARY = path.resolve(process.cwd(), '.tools/mailpit/mailpit');

export interface MailpitSummary {
  ID: string;
  MessageID: string;
  Subject: string;
  To: { Address: string }[];
  Snippet: string;
}
export interface MailpitMessage extends MailpitSummary {
  Text: string;
  HTML: string;
  ReplyTo: { Address: string }[];
}

/** A real Mailpit on free loopback ports (SMTP in, HTTP API), read through its API. */
export async function startMailpit() {
  if (!fs.existsSync(BINARY)) throw new Error(`${BINARY} is missing: run npm test (it builds Mailpit)`);
  const [smtpPort, httpPort] = [await freePort(), await freePort()];
  const child: ChildProcess = spawn(
    BINARY,
    [
      '--smtp',
      `127.0.0.1:${smtpPort}`,
      '--listen',
      `127.0.0.1:${httpPort}`,
      '--disable-version-check',
      '--quiet',
      '--max',
      '5000',
    ],
    { stdio: 'ignore' },
  );
  const api = `http://127.0.0.1:${httpPort}/api/v1`;
  const getJson = async <T>(p: string): Promise<T> => {
    const res = await fetch(`${api}${p}`);
    if (!res.ok) throw new Error(`Mailpit ${p}: ${res.status}`);
    return (await res.json()) as T;
  };
  await waitUntil(
    'Mailpit to start',
    () =>
      fetch(`${api}/info`).then(
        (r) => r.ok,
        () => false,
      ),
    START_MS,
  );
  const mailpit = {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    /** Every message held, newest first. */
    async messages(): Promise<MailpitSummary[]> {
      return (await getJson<{ messages: MailpitSummary[] }>('/messages?limit=500')).messages;
    },
    async to(address: string): Promise<MailpitSummary[]> {
      return (await mailpit.messages()).filter((m) =>
        m.To.some((t) => t.Address.toLowerCase() === address.toLowerCase()),
      );
    },
    message: (id: string) => getJson<MailpitMessage>(`/message/${id}`),
    headers: (id: string) => getJson<Record<string, string[]>>(`/message/${id}/headers`),
    /** Waits until `count` messages to this address are held, and returns them (newest first). */
    waitForTo: (address: string, count = 1, timeoutMs?: number) =>
      waitUntil(
        `${count} e-mail(s) to ${address}`,
        async () => {
          const found = await mailpit.to(address);
          return found.length >= count ? found : undefined;
        },
        timeoutMs,
      ),
    async clear() {
      await fetch(`${api}/messages`, { method: 'DELETE' });
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
  return mailpit;
}
export type Mailpit = Awaited<ReturnType<typeof startMailpit>>;
