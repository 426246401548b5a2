/**
 * Worker thread entry: extracts text for TextExtractionWorker (services/textExtractionWorker.ts).
 * The PDF and DOCX libraries load only here. pdfjs (under pdf-parse) installs core-js polyfills,
 * among them a JavaScript replacement for Array.prototype.push, which in the main thread slowed
 * every request and every socket write; in this thread's own realm they touch nothing else, and
 * a long PDF never blocks the event loop.
 */
import { parentPort } from 'node:worker_threads';
import { extractText } from '../services/textExtractor';

interface Job {
  id: number;
  filePath: string;
  mimeType: string;
}

parentPort!.on('message', (job: Job) => {
  void extractText(job.filePath, job.mimeType).then((result) =>
    parentPort!.postMessage({ id: job.id, result }),
  );
});
