import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TextExtractionWorker } from '../../server/features/library/textExtractionWorker';
import { makeDocx } from '../helpers/files';
import { WAIT_MS, waitUntil } from '../helpers/patience';

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

  it('reads several documents at once in the thread and answers each with its own text', async () => {
    const files = await Promise.all(
      ['alphaword', 'betaword', 'gammaword'].map(async (word) => {
        const file = path.join(dir, `${word}.docx`);
        fs.writeFileSync(file, await makeDocx(`the word is ${word}`));
        return file;
      }),
    );
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    const running = Promise.all([
      ...files.map((f) => worker.extract(f, docx)),
      worker.extract(BALI_PDF, 'application/pdf'),
    ]);
    const results = await running;
    expect(results.slice(0, 3).map((r) => r.status === 'done' && r.text.trim())).toEqual([
      'the word is alphaword',
      'the word is betaword',
      'the word is gammaword',
    ]);
    expect(results[3]!.status === 'done' && results[3]!.text).toMatch(/darknets/i);
    expect(worker.inFlight).toBe(0);
  });

  it('reads plain text, refuses other types and oversized files without starting the thread', async () => {
    const idle = new TextExtractionWorker();
    const spawned = jest.spyOn(idle as unknown as { spawn: () => unknown }, 'spawn');
    const file = path.join(dir, 'notes.csv');
    fs.writeFileSync(file, 'a,b\n1,2');
    expect(await idle.extract(file, 'text/csv')).toEqual({ status: 'done', text: 'a,b\n1,2' });
    expect(await idle.extract(file, 'image/jpeg')).toEqual({ status: 'unsupported' });
    const big = path.join(dir, 'big.pdf');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 51 * 1024 * 1024);
    expect(await idle.extract(big, 'application/pdf')).toEqual({
      status: 'failed',
      reason: 'file too large for text extraction',
    });
    expect(spawned).not.toHaveBeenCalled();
    await idle.stop();
  });

  it('fails a file that takes too long, and the next extraction still works', async () => {
    const impatient = new TextExtractionWorker(50);
    expect(await impatient.extract(BALI_PDF, 'application/pdf')).toEqual({
      status: 'failed',
      reason: 'text extraction took too long',
    });
    const ok = path.join(dir, 'after-timeout.md');
    fs.writeFileSync(ok, 'fine');
    expect(await impatient.extract(ok, 'text/markdown')).toEqual({ status: 'done', text: 'fine' });
    await impatient.stop();
  });

  it('fails the extractions in flight when the thread stops, and starts a new thread for the next', async () => {
    const file = path.join(dir, 'broken.pdf');
    fs.writeFileSync(file, '%PDF-1.4 not really a pdf');
    const inFlight = worker.extract(BALI_PDF, 'application/pdf');
    await waitUntil('the extraction to be in flight', () => worker.inFlight > 0, WAIT_MS, 2);
    await worker.stop();
    expect(await inFlight).toMatchObject({ status: 'failed' });
    expect(await worker.extract(file, 'application/pdf')).toMatchObject({ status: 'failed' });
    const ok = path.join(dir, 'ok.md');
    fs.writeFileSync(ok, '# Still working');
    expect(await worker.extract(ok, 'text/markdown')).toEqual({ status: 'done', text: '# Still working' });
  });
});
