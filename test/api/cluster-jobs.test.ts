/**
 * Background work with several instances: a periodic job runs once per period whichever instances
 * try it, and a pending text extraction is done by exactly one of the instances that resume it.
 * (Each `schedulePeriodic` and `Library` here stands for one instance: they share only the database.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Types } from 'mongoose';
import { connectTestDatabase } from '../helpers/db';
import { createLogger } from '../../server/logger';
import { schedulePeriodic } from '../../server/cluster/periodicJob';
import { JobRun } from '../../server/models/JobRun';
import { Library } from '../../server/features/library/library';
import { FileStore } from '../../server/features/library/uploads/fileStore';
import { DocumentModel } from '../../server/models/Document';
import { DocumentVersion } from '../../server/models/DocumentVersion';
import { TextExtractionWorker } from '../../server/features/library/textExtractionWorker';

const log = createLogger('silent');
let db: Awaited<ReturnType<typeof connectTestDatabase>>;
beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(() => db.close());

describe('periodic jobs', () => {
  it('run once per period however many instances try at once, and again in the next period', async () => {
    let runs = 0;
    const task = async () => {
      runs++;
    };
    const period = 60_000;
    const instances = Array.from({ length: 4 }, () =>
      schedulePeriodic({ name: 'test-once', periodMs: period, task }, log),
    );
    try {
      const now = Date.now();
      const first = await Promise.all(instances.map((i) => i.runNow(now)));
      expect(first.filter(Boolean)).toHaveLength(1);
      expect(runs).toBe(1);
      // A restart in the same period does not run it again.
      expect(await instances[0]!.runNow(now + 10)).toBe(false);
      const next = await Promise.all(instances.map((i) => i.runNow(now + period)));
      expect(next.filter(Boolean)).toHaveLength(1);
      expect(runs).toBe(2);
    } finally {
      await Promise.all(instances.map((i) => i.stop()));
    }
  });

  it('give a failed period back, so another try runs it', async () => {
    let calls = 0;
    const job = schedulePeriodic(
      {
        name: 'test-retry',
        periodMs: 60_000,
        task: async () => {
          if (++calls === 1) throw new Error('first try fails');
        },
      },
      log,
    );
    try {
      const now = Date.now();
      expect(await job.runNow(now)).toBe(false);
      expect(await job.runNow(now)).toBe(true);
      expect(calls).toBe(2);
      const [claim] = await JobRun.find({ _id: { $regex: /^test-retry:/ } }).lean();
      expect(claim?.finishedAt).toBeInstanceOf(Date);
    } finally {
      await job.stop();
    }
  });
});

describe('text extraction with several instances', () => {
  it('is claimed by one instance: the file is extracted once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-jobs-'));
    const store = new FileStore(dir);
    await store.sweepTemp(0);
    const temp = path.join(store.tmpDir, 'note.txt');
    await fs.promises.mkdir(store.tmpDir, { recursive: true });
    await fs.promises.writeFile(temp, 'Hotline reporting figures for the coalition.');
    const storageKey = await store.adopt(temp);
    const doc = await DocumentModel.create({
      title: 'Claimed once',
      kind: 'other',
      ownerId: new Types.ObjectId(),
      currentVersion: 1,
    });
    const version = await DocumentVersion.create({
      documentId: doc._id,
      number: 1,
      originalName: 'note.txt',
      mimeType: 'text/plain',
      size: 44,
      sha256: 'x'.repeat(64),
      storageKey,
    });
    const extract = jest.spyOn(TextExtractionWorker.prototype, 'extract');
    const instances = [new Library(store, log, 0), new Library(store, log, 0), new Library(store, log, 0)];
    try {
      const queued = await Promise.all(instances.map((l) => l.resumeExtractions()));
      expect(queued).toEqual([1, 1, 1]);
      await Promise.all(instances.map((l) => l.idle()));
      expect(extract).toHaveBeenCalledTimes(1);
      const done = await DocumentVersion.findById(version._id).lean();
      expect(done).toMatchObject({ textStatus: 'done', extractionLeaseUntil: null });
      expect(done?.text).toContain('Hotline reporting');
      // Nothing left for a later resume.
      expect(await instances[0]!.resumeExtractions()).toBe(0);
    } finally {
      extract.mockRestore();
      await Promise.all(instances.map((l) => l.stop()));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
