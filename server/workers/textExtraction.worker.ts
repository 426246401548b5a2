/**
 * Worker thread entry: reads the text of PDF and DOCX files for TextExtractionWorker
 * (features/library/textExtractionWorker.ts). The PDF and DOCX libraries load only here. pdfjs (under
 * pdf-parse) installs core-js polyfills, among them a JavaScript replacement for
 * Array.prototype.push, which in the main thread slowed every request and every socket write; in
 * this thread's own realm they touch nothing else, and a long PDF never blocks the event loop.
 */
import { parentPort } from 'node:worker_threads';
import { binaryText } from '../features/library/binaryText';

interface Job {
  id: number;
  filePath: string;
  kind: 'pdf' | 'docx';
}

parentPort!.on('message', (job: Job) => {
  binaryText(job.filePath, job.kind).then(
    (text) => parentPort!.postMessage({ id: job.id, text }),
    (err: unknown) =>
      parentPort!.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) }),
  );
});
