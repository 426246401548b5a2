import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** Memory and time a conversion may take before its thread is stopped (a zip bomb, a broken file). */
const HEAP_MB = 256;
const TIMEOUT_MS = 20_000;

/**
 * The conversion runs in a short-lived thread of its own, written here as plain JavaScript so the
 * production bundle needs no extra file. Images are left out (never read), so the HTML stays small.
 */
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const mammoth = require(workerData.mammoth);
mammoth
  .convertToHtml(
    { path: workerData.filePath },
    { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
  )
  .then((result) => parentPort.postMessage({ html: result.value }))
  .catch((err) => parentPort.postMessage({ error: String((err && err.message) || err) }));
`;

/** mammoth's entry file, resolved from the app's folder as the server resolves its other packages. */
const mammothPath = () => createRequire(path.join(process.cwd(), 'package.json')).resolve('mammoth');

/**
 * A DOCX file as (unsanitised) HTML, converted off the main thread with bounded memory and time:
 * a file that cannot be converted fails this call, never the server.
 */
export function docxToHtml(filePath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_CODE, {
      eval: true,
      workerData: { filePath, mammoth: mammothPath() },
      resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error('DOCX conversion took too long'));
    }, TIMEOUT_MS);
    const finish = () => {
      clearTimeout(timer);
      void worker.terminate();
    };
    worker.once('message', (m: { html?: string; error?: string }) => {
      finish();
      if (m.error !== undefined) reject(new Error(m.error));
      else resolve(m.html ?? '');
    });
    worker.once('error', (err) => {
      finish();
      reject(err);
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`DOCX conversion stopped (exit ${code})`));
    });
  });
}
