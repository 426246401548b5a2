import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import {
  alive,
  exited,
  launchApp,
  signIn,
  stopApp,
  tempDataDir,
  waitHealthy,
  type AppProcess,
} from '../helpers/appProcess';
import { SLOW_TEST_MS, waitUntil } from '../helpers/patience';

/**
 * A multipart upload whose file part trickles in (64 kB every 20 ms) and never ends by itself.
 * Resolves `ended` when the server answers or the connection goes.
 */
function slowUpload(url: string, cookie: string) {
  const boundary = `cwtest${Date.now()}`;
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nA very slow upload\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nresource\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="slow.txt"\r\n` +
    'Content-Type: text/plain\r\n\r\n';
  let sending = true;
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const body = Readable.from(
    (async function* () {
      yield Buffer.from(head);
      while (sending) {
        yield chunk;
        await new Promise((r) => setTimeout(r, 20));
      }
    })(),
  );
  const req = http.request(`${url}/api/documents`, {
    method: 'POST',
    headers: { Cookie: cookie, Origin: url, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
  });
  const ended = new Promise<string>((resolve) => {
    req.once('response', (res) => resolve(`answered ${res.statusCode}`));
    req.once('error', (err) => resolve(`connection ended: ${err.message}`));
  }).finally(() => {
    sending = false;
  });
  body.pipe(req);
  return { ended };
}

const partialFiles = (uploadsDir: string) =>
  fs.existsSync(path.join(uploadsDir, 'tmp')) ? fs.readdirSync(path.join(uploadsDir, 'tmp')) : [];

describe('shutting down during an upload', () => {
  let dataDir: string;
  let app: AppProcess | undefined;
  afterAll(async () => {
    if (app) await stopApp(app);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'SIGTERM cuts the upload off, removes its partial file, exits 0 and stops FerretDB',
    async () => {
      dataDir = tempDataDir('cw-shutdown-');
      const uploadsDir = path.join(dataDir, 'uploads');
      app = await launchApp(dataDir, { LOG_LEVEL: 'info' });
      await waitHealthy(app);
      const ferretdbPid = app.ferretdbPid();
      const cookie = await signIn(app.url);

      const upload = slowUpload(app.url, cookie);
      const partial = await waitUntil('the upload to be streaming to a temporary file', () => {
        const [name] = partialFiles(uploadsDir);
        return name && fs.statSync(path.join(uploadsDir, 'tmp', name)).size > 256 * 1024 ? name : undefined;
      });

      const signalledAt = Date.now();
      app.child.kill('SIGTERM');
      expect(await exited(app.child)).toBe(0);
      const stopMs = Date.now() - signalledAt;
      expect(await upload.ended).toMatch(/^connection ended/);

      expect(partialFiles(uploadsDir)).not.toContain(partial);
      expect(partialFiles(uploadsDir)).toEqual([]);
      expect(alive(ferretdbPid)).toBe(false);
      expect(fs.existsSync(path.join(dataDir, 'app.lock'))).toBe(false);
      expect(app.output()).toMatch(/"msg":"stopped"/);
      expect(stopMs).toBeLessThan(15_000); // under the forced-exit limit, so this was a clean stop
      console.log(`SIGTERM during an upload: exited 0 after ${stopMs} ms`);
    },
    SLOW_TEST_MS,
  );
});
