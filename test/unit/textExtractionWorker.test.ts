import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TextExtractionWorker } from '../../server/services/textExtractionWorker';

const BALI_PDF = path.resolve('server/seed/data/dc-cos-bali-2013-report.pdf');

describe('TextExtractionWorker', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-extract-'));
  const worker = new TextExtractionWorker();
  afterAll(async () => {
    await worker.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('extracts PDF text in its own thread, leaving this thread’s built-ins untouched', async () => {
    const nativePush = Array.prototype.push;
    const result = await worker.extract(BALI_PDF, 'application/pdf');
    expect(result.status).toBe('done');
    expect(result.status === 'done' && result.text).toMatch(/darknets/i);
    // pdfjs's core-js polyfills replace Array.prototype.push where they load; not here.
    expect(Array.prototype.push).toBe(nativePush);
    expect(String(Array.prototype.push)).toContain('[native code]');
  });

  it('runs several extractions at once and answers each with its own text', async () => {
    const files = ['alpha', 'beta', 'gamma'].map((word) => {
      const file = path.join(dir, `${word}.txt`);
      fs.writeFileSync(file, `the word is ${word}`);
      return file;
    });
    const results = await Promise.all(files.map((f) => worker.extract(f, 'text/plain')));
    expect(results).toEqual([
      { status: 'done', text: 'the word is alpha' },
      { status: 'done', text: 'the word is beta' },
      { status: 'done', text: 'the word is gamma' },
    ]);
    expect(await worker.extract(files[0]!, 'image/png')).toEqual({ status: 'unsupported' });
  });

  it('fails the extractions in flight when the thread stops, and starts a new thread for the next', async () => {
    const file = path.join(dir, 'broken.pdf');
    fs.writeFileSync(file, '%PDF-1.4 not really a pdf');
    const inFlight = worker.extract(BALI_PDF, 'application/pdf');
    await worker.stop();
    expect(await inFlight).toMatchObject({ status: 'failed' });
    expect(await worker.extract(file, 'application/pdf')).toMatchObject({ status: 'failed' });
    const ok = path.join(dir, 'ok.md');
    fs.writeFileSync(ok, '# Still working');
    expect(await worker.extract(ok, 'text/markdown')).toEqual({ status: 'done', text: '# Still working' });
  });
});
