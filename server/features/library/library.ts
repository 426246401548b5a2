import { Types } from 'mongoose';
import { VISIBILITIES, type Visibility } from '@shared/roles';
import type { Logger } from '../../logger';
import { DocumentModel, type DocumentRecord } from '../../models/Document';
import { DocumentVersion, type DocumentVersionRecord } from '../../models/DocumentVersion';
import { User } from '../../models/User';
import { Meeting } from '../../models/Meeting';
import { Organisation } from '../../models/Organisation';
import { documentView, type DocumentRefs, type DocumentView } from './documentView';
import { SearchIndex } from '../search/searchIndex';
import { TextExtractionWorker } from './textExtractionWorker';
import { SearchChangeFeed } from '../search/changeFeed';
import type { FileStore } from './uploads/fileStore';

/** What the search index keeps per document: its view (see documentView) plus the fields filters use. */
export interface DocumentMeta {
  view: DocumentView;
  /** JSON.stringify(view), made once here so search results are not serialised on every request. */
  viewJson: string;
  ownerId: string;
  createdAt: number;
  titleKey: string;
}

/** The search index group of a document: its visibility, and whether it is archived (see filterFor). */
export const documentGroup = (visibility: Visibility, archived: boolean) =>
  VISIBILITIES.indexOf(visibility) + (archived ? VISIBILITIES.length : 0);

const ids = (values: (Types.ObjectId | null | undefined)[]) => [
  ...new Set(values.filter(Boolean).map(String)),
];

/** Resolves user, meeting and organisation names for many documents in three queries. */
export async function loadRefs(
  docs: DocumentRecord[],
  versions: Pick<DocumentVersionRecord, 'uploadedBy'>[],
): Promise<DocumentRefs> {
  const userIds = ids([...docs.map((d) => d.ownerId), ...versions.map((v) => v.uploadedBy)]);
  const meetingIds = ids(docs.map((d) => d.meetingId));
  const orgIds = ids(docs.map((d) => d.organisationId));
  const [users, meetings, orgs] = await Promise.all([
    userIds.length ? User.find({ _id: { $in: userIds } }, { name: 1 }).lean() : [],
    meetingIds.length ? Meeting.find({ _id: { $in: meetingIds } }, { title: 1, slug: 1 }).lean() : [],
    orgIds.length ? Organisation.find({ _id: { $in: orgIds } }, { name: 1, slug: 1 }).lean() : [],
  ]);
  return {
    users: new Map(users.map((u) => [String(u._id), { name: u.name }])),
    meetings: new Map(meetings.map((m) => [String(m._id), { title: m.title, slug: m.slug }])),
    organisations: new Map(orgs.map((o) => [String(o._id), { name: o.name, slug: o.slug }])),
  };
}

/** An extraction claim lapses after this long (an instance that died holding it): another takes it. */
const EXTRACTION_LEASE_MS = 10 * 60_000;
const unclaimed = (now: Date) => ({
  $or: [{ extractionLeaseUntil: null }, { extractionLeaseUntil: { $lt: now } }],
});

/**
 * The document library's shared state: the search index (built from the database at start and
 * refreshed after every write) and a one-at-a-time text-extraction queue that runs after upload
 * responses have been sent.
 */
export class Library {
  readonly index = new SearchIndex<DocumentMeta>({
    groupOf: (m) => documentGroup(m.view.visibility, m.view.archived),
    timeOf: (m) => m.createdAt,
  });
  private queue: Promise<void> = Promise.resolve();
  private pending = 0;
  private resumeTimer: NodeJS.Timeout | null = null;
  ready: Promise<void> = Promise.resolve();

  private readonly feed: SearchChangeFeed;
  /** Extraction runs in a worker thread: the PDF library stays out of this thread (see the worker). */
  private readonly extractor = new TextExtractionWorker();

  constructor(
    readonly store: FileStore,
    private readonly log: Logger,
    /** How often to pick up writes made by other app instances (0: never, for a single instance). */
    private readonly syncEveryMs = 5_000,
  ) {
    this.feed = new SearchChangeFeed((id) => this.reindex(id), log);
  }

  /**
   * Loads every document into the index and resumes extractions a crash interrupted. Never
   * rejects: a document that cannot be shown (see documentView) is skipped with a warning, and if
   * the database is unreachable the build is retried, so searches wait rather than fail for good.
   */
  start(): Promise<void> {
    if (this.syncEveryMs > 0) this.feed.start(this.syncEveryMs);
    // Claims of an instance that died lapse: every minute, take up what nobody holds.
    this.resumeTimer = setInterval(
      () => void this.resumeExtractions().catch((err) => this.log.warn({ err }, 'extraction resume failed')),
      60_000,
    );
    this.resumeTimer.unref();
    this.ready = (async () => {
      for (;;) {
        try {
          return await this.build();
        } catch (err) {
          this.log.error({ err }, 'search index could not be built; retrying in 5 s');
          await new Promise((r) => setTimeout(r, 5_000).unref());
        }
      }
    })();
    return this.ready;
  }

  private async build(): Promise<void> {
    const started = Date.now();
    const docs = await DocumentModel.find().lean<DocumentRecord[]>();
    const versions = await DocumentVersion.find().lean<DocumentVersionRecord[]>();
    const byId = new Map(docs.map((d) => [String(d._id), d]));
    const current = new Map<string, DocumentVersionRecord>();
    for (const v of versions) {
      const doc = byId.get(String(v.documentId));
      if (doc && doc.currentVersion === v.number) current.set(String(v.documentId), v);
    }
    await this.resumeExtractions();
    const refs = await loadRefs(docs, [...current.values()]);
    let skipped = 0;
    for (const d of docs) {
      const v = current.get(String(d._id));
      try {
        if (v) this.put(d, v, refs);
      } catch (err) {
        skipped++;
        this.log.warn({ err, documentId: String(d._id) }, 'document left out of the search index');
      }
    }
    this.log.info({ documents: this.index.size, skipped, ms: Date.now() - started }, 'search index built');
  }

  private put(d: DocumentRecord, v: DocumentVersionRecord, refs: DocumentRefs): DocumentView {
    const view = documentView(d, v, refs);
    this.index.upsert({
      id: view.id,
      title: d.title,
      tags: d.tags ?? [],
      description: d.description ?? '',
      text: v.text ?? '',
      meta: {
        view,
        viewJson: JSON.stringify(view),
        ownerId: String(d.ownerId),
        createdAt: d.createdAt.getTime(),
        titleKey: d.title.toLowerCase(),
      },
    });
    return view;
  }

  /** Re-reads one document from the database into this process's index; returns its view (null if gone). */
  async reindex(documentId: Types.ObjectId | string): Promise<DocumentView | null> {
    const d = await DocumentModel.findById(documentId).lean<DocumentRecord>();
    if (!d) {
      this.index.remove(String(documentId));
      return null;
    }
    const v = await DocumentVersion.findOne({
      documentId: d._id,
      number: d.currentVersion,
    }).lean<DocumentVersionRecord>();
    if (!v) return null;
    return this.put(d, v, await loadRefs([d], [v]));
  }

  /** After a write: re-index here, and tell the other app instances through the change feed. */
  async refresh(documentId: Types.ObjectId | string): Promise<DocumentView | null> {
    const view = await this.reindex(documentId);
    await this.feed.record(new Types.ObjectId(String(documentId)));
    return view;
  }

  /** Stops polling for other instances' changes and waits for queued extractions. */
  async stop(): Promise<void> {
    await this.feed.stop();
    if (this.resumeTimer) clearInterval(this.resumeTimer);
    await this.idle();
    await this.extractor.stop();
  }

  /** Extracts text after the response: one file at a time, so uploads never wait and CPU stays bounded. */
  enqueueExtraction(versionId: Types.ObjectId): void {
    this.pending++;
    this.queue = this.queue.then(() => this.extract(versionId)).finally(() => this.pending--);
  }

  /** Resolves when every queued extraction has finished (used at shutdown and by tests). */
  async idle(): Promise<void> {
    while (this.pending > 0) await this.queue;
  }

  /**
   * Queues the pending extractions no instance holds (after a crash, or another instance's); each is
   * claimed before it runs, so with several instances every file is extracted once.
   */
  async resumeExtractions(): Promise<number> {
    const pending = await DocumentVersion.find(
      { textStatus: 'pending', ...unclaimed(new Date()) },
      { _id: 1 },
    ).lean();
    pending.forEach((v) => this.enqueueExtraction(v._id));
    return pending.length;
  }

  private async extract(versionId: Types.ObjectId): Promise<void> {
    try {
      const now = new Date();
      const v = await DocumentVersion.findOneAndUpdate(
        { _id: versionId, textStatus: 'pending', ...unclaimed(now) },
        { $set: { extractionLeaseUntil: new Date(now.getTime() + EXTRACTION_LEASE_MS) } },
        { returnDocument: 'after' },
      ).lean<DocumentVersionRecord>();
      if (!v) return; // done, or claimed by another instance
      const result = await this.extractor.extract(this.store.pathOf(v.storageKey), v.mimeType);
      if (result.status === 'failed')
        this.log.warn({ versionId: String(versionId), reason: result.reason }, 'text extraction failed');
      await DocumentVersion.updateOne(
        { _id: v._id },
        {
          $set: {
            textStatus: result.status,
            text: result.status === 'done' ? result.text : '',
            extractionLeaseUntil: null,
          },
        },
      );
      await this.refresh(v.documentId);
    } catch (err) {
      this.log.error({ err, versionId: String(versionId) }, 'text extraction crashed');
    }
  }
}
