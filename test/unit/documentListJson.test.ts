import { Types } from 'mongoose';
import { Library, type DocumentMeta } from '../../server/features/library/library';
import { listDocuments, listDocumentsJson } from '../../server/features/library/queries';
import { DocumentListQuerySchema } from '../../shared/schemas/document';
import type { DocumentView } from '../../server/features/library/documentView';
import type { Viewer } from '../../server/policies';
import type { Visibility } from '../../shared/roles';

const owner = new Types.ObjectId();
const viewer = (role: 'observer' | 'member' | 'host', id = new Types.ObjectId()) =>
  ({ _id: id, role, organisationId: null, status: 'active' }) as unknown as Viewer;

function add(library: Library, n: number, visibility: Visibility, archived: boolean, title: string) {
  const createdAt = new Date(Date.UTC(2013, 0, 1) + n * 3_600_000).toISOString();
  const view: DocumentView = {
    id: new Types.ObjectId().toHexString(),
    title,
    description: `About "hotlines" — ${n} \\ </script> ü`,
    kind: 'report',
    tags: ['hotline', `t${n}`],
    meeting: null,
    organisation: null,
    year: 2013,
    visibility,
    language: 'en',
    archived,
    owner: { id: String(owner), name: 'Ówner' },
    currentVersion: {
      number: 1,
      filename: `doc-${n}.pdf`,
      mimeType: 'application/pdf',
      size: 10,
      sha256: 'a'.repeat(64),
      note: '',
      uploadedBy: null,
      createdAt,
      textStatus: 'done',
    },
    versionCount: 1,
    createdAt,
    updatedAt: createdAt,
  };
  library.index.upsert({
    id: view.id,
    title,
    tags: view.tags,
    description: view.description,
    text: `The hotline report on darknets, number ${n}.`,
    meta: {
      view,
      viewJson: JSON.stringify(view),
      ownerId: String(owner),
      createdAt: Date.parse(createdAt),
      titleKey: title.toLowerCase(),
    } satisfies DocumentMeta,
  });
}

describe('listDocumentsJson', () => {
  const library = new Library({} as never, { info() {}, warn() {}, error() {} } as never, 0);
  const visibilities: Visibility[] = ['public', 'members', 'hosts'];
  for (let n = 0; n < 45; n++)
    add(library, n, visibilities[n % 3]!, n % 7 === 0, `Hotline report ${n} “quoted”`);

  it('is exactly listDocuments serialised, for every kind of viewer and query', async () => {
    const viewers: Viewer[] = [
      null,
      viewer('observer'),
      viewer('member'),
      viewer('member', owner),
      viewer('host'),
    ];
    const queries = [
      {},
      { q: 'hotl' },
      { q: 'darknets report', limit: '5' },
      { q: 'hotline', cursor: Buffer.from('20').toString('base64url') },
      { sort: 'title' },
      { archived: 'true' },
      { q: 'zebra' },
    ];
    let compared = 0;
    for (const v of viewers) {
      for (const raw of queries) {
        const q = DocumentListQuerySchema.parse(raw);
        const json = await listDocumentsJson(library, v, q);
        expect(JSON.parse(json)).toEqual(await listDocuments(library, v, q));
        compared++;
      }
    }
    expect(compared).toBe(35);
    const anonymous = JSON.parse(
      await listDocumentsJson(library, null, DocumentListQuerySchema.parse({ q: 'hotline' })),
    );
    expect(anonymous.items.length).toBeGreaterThan(0);
    expect(anonymous.items.every((i: { visibility: string }) => i.visibility === 'public')).toBe(true);
    expect(anonymous.items[0].snippet).toMatch(/hotline/i);
  });
});
