import type { DocumentKind } from '@shared/schemas/document';
import type { DocumentRecord } from '../../server/models/Document';
import type { DocumentVersionRecord } from '../../server/models/DocumentVersion';
import { DAY_MS, slugify } from './random';
import { VOLUME, auditEvent, type World } from './world';

const FILE_TYPES = [
  { ext: 'pdf', mimeType: 'application/pdf', weight: 60 },
  {
    ext: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    weight: 20,
  },
  { ext: 'txt', mimeType: 'text/plain', weight: 8 },
  { ext: 'md', mimeType: 'text/markdown', weight: 6 },
  { ext: 'csv', mimeType: 'text/csv', weight: 6 },
];
const KIND_WEIGHTS: Record<DocumentKind, number> = {
  report: 30,
  resource: 20,
  presentation: 15,
  minutes: 10,
  draft: 10,
  survey: 8,
  other: 7,
};
const TAGS = [
  'hotlines',
  'removal',
  'victims',
  'payments',
  'law',
  'education',
  'research',
  'statistics',
  'policy',
];

/**
 * 10,000 library documents with their versions (one in ten has two), text extracted ("done") so
 * the search index has work, uploaded by members and hosts, more of them in later years. The files
 * themselves do not exist: only downloads would notice.
 */
export function generateDocuments(w: World): {
  documents: DocumentRecord[];
  versions: DocumentVersionRecord[];
} {
  const { rng, corpus } = w;
  const uploaders = w.people.filter((p) => p.role !== 'observer');
  const documents: DocumentRecord[] = [];
  const versions: DocumentVersionRecord[] = [];
  const span = w.end.getTime() - w.start.getTime();
  for (let i = 0; i < VOLUME.documents; i++) {
    // sqrt: uploads grow over the years.
    const createdAt = new Date(w.start.getTime() + Math.sqrt(rng.next()) * span);
    const owner = i % 100 === 0 ? w.demo.member : rng.pick(uploaders);
    const meeting = rng.chance(0.1) ? rng.pick(w.meetings) : null;
    const type = FILE_TYPES[Math.floor(rng.next() ** 1.5 * FILE_TYPES.length)]!;
    const title = corpus.title(rng.int(4, 9));
    const versionCount = rng.chance(0.1) ? 2 : 1;
    const _id = rng.oid(createdAt);
    let updatedAt = createdAt;
    for (let n = 1; n <= versionCount; n++) {
      const at =
        n === 1
          ? createdAt
          : rng.between(createdAt, Math.min(w.end.getTime(), createdAt.getTime() + 200 * DAY_MS));
      updatedAt = at;
      const key = rng.hex(32);
      versions.push({
        _id: rng.oid(at),
        documentId: _id,
        number: n,
        originalName: `${slugify(title)}.${type.ext}`,
        mimeType: type.mimeType,
        size: rng.int(20_000, 5_000_000),
        sha256: rng.hex(64),
        storageKey: `${key.slice(0, 2)}/${key}`,
        uploadedBy: owner._id,
        note: n === 1 ? '' : 'Updated figures',
        text: corpus.words(rng.int(150, 300)),
        textStatus: 'done',
        createdAt: at,
      });
      const action = n === 1 ? 'document.uploaded' : 'document.version-added';
      w.audit.push(
        auditEvent(
          w,
          at,
          action,
          owner._id,
          { type: 'document', id: _id },
          n === 1 ? { title } : { version: n },
        ),
      );
    }
    const archivedAt = rng.chance(0.03) ? rng.between(updatedAt, w.end) : null;
    if (archivedAt)
      w.audit.push(auditEvent(w, archivedAt, 'document.archived', owner._id, { type: 'document', id: _id }));
    const doc: DocumentRecord = {
      _id,
      title,
      description: corpus.words(25),
      kind: meeting && rng.chance(0.7) ? 'presentation' : rng.weighted(KIND_WEIGHTS),
      tags: rng.sample(TAGS, rng.int(0, 3)),
      meetingId: meeting?._id ?? null,
      organisationId: rng.chance(0.6) ? rng.pick(w.orgs)._id : null,
      year: rng.chance(0.9) ? createdAt.getUTCFullYear() : null,
      visibility: rng.weighted({ public: 40, members: 50, hosts: 10 }),
      ownerId: owner._id,
      archivedAt,
      currentVersion: versionCount,
      createdAt,
      updatedAt: archivedAt ?? updatedAt,
    };
    documents.push(doc);
    w.documents.push({ _id, title, visibility: doc.visibility, createdAt });
  }
  return { documents, versions };
}
