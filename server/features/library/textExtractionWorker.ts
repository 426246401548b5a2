import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extractText, type Extraction } from './textExtractor';

/** Set to true by the production bundle (scripts/lib/setup.mjs), which builds the worker to .js. */
declare const __SERVER_BUNDLE__: boolean | undefined;

/** Memory the extraction thread may use before it is stopped (and the extraction marked failed). */
const WORKER_HEAP_MB = 1024;
/** An idle thread is stopped after this long; the next extraction starts a new one. */
const IDLE_MS = 30_000;
/** A file that takes longer than this (say, a PDF that hangs the parser) stops the thread and fails. */
const JOB_TIMEOUT_MS = 120_000;

/** The worker's code: the bundle's .js beside the server's, or the TypeScript source through tsx. */
function startWorker(): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  if (typeof __SERVER_BUNDLE__ !== 'undefined' && __SERVER_BUNDLE__) {
    const file = path.join(path.dirname(process.argv[1]!), 'textExtraction.worker.js');
    return new Worker(pathToFileURL(file), { resourceLimits });
  }
  const entry = pathToFileURL(path.resolve('server/workers/textExtraction.worker.ts')).href;
  const load = `import('tsx/esm/api').then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`;
  return new Worker(load, { eval: true, resourceLimits });
}

interface Pending {
  resolve: (text: string) => void;
  reject: (err: Error) => void;
  /** The thread doing it: when that thread stops, only its own jobs fail. */
  worker: Worker;
}

/**
 * Text extraction with PDF and DOCX parsing in one worker thread, started on first use and
 * stopped when idle (plain text, unsupported types and oversized files never start it). A crash or
 * an out-of-memory stop of the thread fails the extractions in flight (never the server), and the
 * next extraction starts a fresh thread.
 */
export class TextExtractionWorker {
  private worker: Worker | null = null;
  private pending = new Map<number, Pending>();
  private nextId = 0;
  private idleTimer: NodeJS.Timeout | null = null;

  /** PDF and DOCX files being read by the thread right now. */
  get inFlight(): number {
    return this.pending.size;
  }

  extract(filePath: string, mimeType: string): Promise<Extraction> {
    return extractText(filePath, mimeType, (file, kind) => this.readBinary(file, kind));
  }

  async stop(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  constructor(private readonly jobTimeoutMs = JOB_TIMEOUT_MS) {}

  private readBinary(filePath: string, kind: 'pdf' | 'docx'): Promise<string> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = (this.worker ??= this.spawn());
    const id = ++this.nextId;
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        // The parser is stuck: this job fails, and stopping the thread fails any other it had.
        this.pending.delete(id);
        reject(new Error('text extraction took too long'));
        if (this.worker === worker) this.worker = null;
        void worker.terminate();
      }, this.jobTimeoutMs);
      timer.unref();
      const settle = () => clearTimeout(timer);
      this.pending.set(id, {
        resolve: (text) => (settle(), resolve(text)),
        reject: (err) => (settle(), reject(err)),
        worker,
      });
      worker.postMessage({ id, filePath, kind });
    });
  }

  private spawn(): Worker {
    const worker = startWorker();
    worker.unref();
    worker.on('message', ({ id, text, error }: { id: number; text?: string; error?: string }) => {
      const job = this.pending.get(id);
      this.pending.delete(id);
      if (error !== undefined) job?.reject(new Error(error));
      else job?.resolve(text ?? '');
      if (this.pending.size === 0) {
        this.idleTimer = setTimeout(() => void this.stop(), IDLE_MS);
        this.idleTimer.unref();
      }
    });
    const fail = (reason: string) => {
      if (this.worker === worker) this.worker = null;
      for (const [id, p] of this.pending) {
        if (p.worker !== worker) continue;
        p.reject(new Error(reason));
        this.pending.delete(id);
      }
    };
    worker.on('error', (err) => fail(`text extraction stopped: ${err.message}`));
    worker.on('exit', (code) => fail(`text extraction stopped (exit ${code})`));
    return worker;
  }
}
