import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { loadConfig } from '../../server/config';
import { createUser, signIn } from '../factories';
import { makeDocx, makePdf } from '../helpers/files';
import { DocumentModel } from '../../server/models/Document';
import { DocumentVersion } from '../../server/models/DocumentVersion';
import { TextExtractionWorker } from '../../server/features/library/textExtractionWorker';
import type { Extraction } from '../../server/features/library/textExtractor';

const MB = 1024 * 1024;
const KB = 1024;
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001a5f645400000000049454e44ae426082',
  'hex',
);

/**
 * A DOCX whose word/document.xml holds `size` bytes of the letter a: deflated a megabyte at a time
 * into a hand-written ZIP, so the file is a few hundred kB and nothing large is ever in memory here.
 */
async function docxBomb(size: number): Promise<Buffer> {
  const entries: { name: string; parts: (Buffer | number)[] }[] = [
    {
      name: '[Content_Types].xml',
      parts: [
        Buffer.from(
          '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        ),
      ],
    },
    {
      name: '_rels/.rels',
      parts: [
        Buffer.from(
          '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        ),
      ],
    },
    {
      name: 'word/document.xml',
      parts: [
        Buffer.from(
          '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>',
        ),
        size,
        Buffer.from('</w:t></w:r></w:p></w:body></w:document>'),
      ],
    },
  ];
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const z = zlib.createDeflateRaw({ level: 9 });
    const compressed: Buffer[] = [];
    z.on('data', (c: Buffer) => compressed.push(c));
    const ended = new Promise((resolve) => z.on('end', resolve));
    let crc = 0;
    let length = 0;
    const a = Buffer.alloc(MB, 'a');
    for (const part of entry.parts) {
      for (let left = typeof part === 'number' ? part : 1; left > 0; left -= MB) {
        const chunk = typeof part === 'number' ? a.subarray(0, Math.min(MB, left)) : part;
        crc = zlib.crc32(chunk, crc);
        length += chunk.length;
        if (!z.write(chunk)) await new Promise((resolve) => z.once('drain', resolve));
      }
    }
    z.end();
    await ended;
    const data = Buffer.concat(compressed);
    const name = Buffer.from(entry.name);
    const header = (size: number, at: number) => {
      const h = Buffer.alloc(size);
      h.writeUInt16LE(8, at);
      h.writeUInt32LE(crc >>> 0, at + 6);
      h.writeUInt32LE(data.length, at + 10);
      h.writeUInt32LE(length, at + 14);
      h.writeUInt16LE(name.length, at + 18);
      return h;
    };
    const local = header(30, 8);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    const dir = header(46, 10);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt32LE(offset, 42);
    out.push(local, name, data);
    central.push(dir, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, directory, end]);
}

/** Resident memory growth of this process (server and extraction thread included) while `work` runs. */
async function rssGrowthDuring(work: () => Promise<void>): Promise<number> {
  const start = process.memoryUsage().rss;
  const maxBefore = process.resourceUsage().maxRSS * 1024;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  const maxAfter = process.resourceUsage().maxRSS * 1024;
  return Math.max(peak, maxAfter > maxBefore ? maxAfter : 0) - start;
}

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestServer({ UPLOAD_QUOTA_MB: '1', UPLOAD_MAX_MB: '5' });
});
afterAll(() => ctx.close());

/** A signed-in member's client, with the member's id. */
async function member(name: string) {
  const user = await createUser({ role: 'member', name });
  const agent = ctx.agent();
  await signIn(agent, user);
  return Object.assign(agent, { userId: user._id });
}

function upload(agent: request.Agent, buf: Buffer, filename: string, fields: Record<string, string> = {}) {
  let req = agent.post('/api/documents');
  for (const [k, v] of Object.entries({ title: 'A document', kind: 'resource', ...fields }))
    req = req.field(k, v);
  return req.attach('file', buf, filename);
}

const files = (dir: string) =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { recursive: true }).filter((f) => fs.statSync(path.join(dir, String(f))).isFile())
    : [];
const tmpFiles = () => files(path.join(ctx.uploadsDir, 'tmp'));
const objectCount = () => files(path.join(ctx.uploadsDir, 'objects')).length;

describe('decompression bombs', () => {
  it('stores a DOCX that inflates to 256 MB and answers normally, but refuses its text, with bounded memory', async () => {
    const owner = await member('Bomb Uploader');
    // The extraction thread started and its libraries loaded, so what is measured is the bomb alone.
    const warm = await upload(owner, await makeDocx('warming up'), 'warm.docx').expect(201);
    await ctx.server.library.idle();
    expect(
      (await owner.get(`/api/documents/${warm.body.id}`).expect(200)).body.currentVersion.textStatus,
    ).toBe('done');

    const bomb = await docxBomb(256 * MB);
    expect(bomb.length).toBeLessThan(MB);
    const extractions = jest.spyOn(TextExtractionWorker.prototype, 'extract');
    let id = '';
    const growth = await rssGrowthDuring(async () => {
      const res = await upload(owner, bomb, 'bomb.docx', { title: 'Bomb' }).expect(201);
      expect(res.body.currentVersion).toMatchObject({ size: bomb.length, textStatus: 'pending' });
      id = res.body.id;
      await ctx.server.library.idle();
    });
    const result = (await extractions.mock.results.at(-1)!.value) as Extraction;
    extractions.mockRestore();
    expect(result.status === 'done' ? { ...result, text: result.text.slice(0, 40) } : result).toEqual({
      status: 'failed',
      reason: expect.stringMatching(/^Text not extracted: .*decompressed/),
    });
    expect(growth).toBeLessThan(150 * MB);

    // Stored, downloadable, its text marked failed; the server goes on answering.
    const doc = await owner.get(`/api/documents/${id}`).expect(200);
    expect(doc.body.currentVersion).toMatchObject({
      textStatus: 'failed',
      mimeType: expect.stringMatching(/word/),
    });
    const dl = await owner.get(`/api/documents/${id}/download`).expect(200);
    expect(Number(dl.headers['content-length'])).toBe(bomb.length);
    await owner.get('/api/documents?q=bomb').expect(200);
  });
});

describe('storage quota (UPLOAD_QUOTA_MB=1 here)', () => {
  it('is 1 GB per person unless UPLOAD_QUOTA_MB says otherwise; 0 turns it off', () => {
    expect(loadConfig({}).uploadQuotaBytes).toBe(1024 * MB);
    expect(loadConfig({ UPLOAD_QUOTA_MB: '0.5' }).uploadQuotaBytes).toBe(MB / 2);
    expect(loadConfig({ UPLOAD_QUOTA_MB: '0' }).uploadQuotaBytes).toBeNull();
    expect(() => loadConfig({ UPLOAD_QUOTA_MB: '-1' })).toThrow(/UPLOAD_QUOTA_MB/);
  });

  const text = (kb: number) => Buffer.alloc(kb * KB, 'q');

  it('counts documents and versions a person uploaded and refuses what would exceed the quota with 413', async () => {
    const alice = await member('Alice Quota');
    const first = await upload(alice, text(400), 'one.txt').expect(201);
    await upload(alice, text(400), 'two.txt').expect(201);
    const docs = await DocumentModel.countDocuments();
    const objects = objectCount();

    const over = await upload(alice, text(400), 'three.txt').expect(413);
    expect(over.body.error).toBe('payload_too_large');
    expect(over.body.message).toMatch(/quota/);
    expect(over.body.message).toContain('of your 1 MB quota');
    expect(over.body.message).toContain('you have uploaded 0.78 MB');
    expect(await DocumentModel.countDocuments()).toBe(docs);
    expect(objectCount()).toBe(objects);
    expect(tmpFiles()).toEqual([]);

    // A new version counts too: 800 + 200 kB fits, 30 kB more does not.
    await alice
      .post(`/api/documents/${first.body.id}/versions`)
      .attach('file', text(200), 'one-v2.txt')
      .expect(201);
    const version = await alice
      .post(`/api/documents/${first.body.id}/versions`)
      .attach('file', text(30), 'one-v3.txt')
      .expect(413);
    expect(version.body.message).toContain('you have uploaded 0.98 MB');
    expect((await alice.get(`/api/documents/${first.body.id}`).expect(200)).body.versionCount).toBe(2);
    expect(tmpFiles()).toEqual([]);

    // Exactly up to the quota is fine; after that any file is refused before its bytes are read.
    await upload(alice, text(24), 'last.txt').expect(201);
    const full = await upload(alice, Buffer.alloc(3 * MB, 'x'), 'big.txt').expect(413);
    expect(full.body.message).toMatch(/nothing is left/);
    const used = await DocumentVersion.find({ uploadedBy: alice.userId }).lean();
    expect(used.reduce((sum, v) => sum + v.size, 0)).toBe(MB);
    expect(tmpFiles()).toEqual([]);

    // Someone else's quota is their own.
    const bob = await member('Bob Quota');
    await upload(bob, text(400), 'bob.txt').expect(201);
  });

  it('lets only what fits through when uploads race, and keeps no file of the refused one', async () => {
    const carol = await member('Carol Quota');
    const objects = objectCount();
    const statuses = (await Promise.all([1, 2, 3].map((n) => upload(carol, text(400), `race-${n}.txt`)))).map(
      (r) => r.status,
    );
    expect(statuses.sort()).toEqual([201, 201, 413]);
    expect(objectCount()).toBe(objects + 2);
    expect(tmpFiles()).toEqual([]);
  });
});

describe('display names', () => {
  it('gives a file whose extension contradicts its bytes the sniffed type’s extension, in the record and the download', async () => {
    const owner = await member('Name Owner');
    const png = await upload(owner, PNG, 'x.html').expect(201);
    expect(png.body.currentVersion).toMatchObject({ filename: 'x.html.png', mimeType: 'image/png' });
    const dl = await owner.get(`/api/documents/${png.body.id}/download`).expect(200);
    expect(dl.headers['content-type']).toBe('image/png');
    expect(dl.headers['content-disposition']).toBe('attachment; filename="x.html.png"');
    const inline = await owner.get(`/api/documents/${png.body.id}/download?inline=1`).expect(200);
    expect(inline.headers['content-disposition']).toBe('inline; filename="x.html.png"');

    const version = await owner
      .post(`/api/documents/${png.body.id}/versions`)
      .attach('file', makePdf('now a pdf'), 'notes.exe')
      .expect(201);
    expect(version.body.currentVersion).toMatchObject({
      filename: 'notes.exe.pdf',
      mimeType: 'application/pdf',
    });
    // A matching extension, in any case, is left alone.
    const same = await upload(owner, PNG, 'Pixel.PNG').expect(201);
    expect(same.body.currentVersion.filename).toBe('Pixel.PNG');
  });

  it('strips bidi controls, other invisible format characters and control characters from file names and titles', async () => {
    const owner = await member('Bidi Owner');
    const res = await upload(owner, makePdf('x'), 'Report\u202Excod.pdf', {
      title: '\u202EReport\u2066 2024\u2069\u200B\u0007',
    }).expect(201);
    expect(res.body.title).toBe('Report 2024');
    expect(res.body.currentVersion.filename).toBe('Reportxcod.pdf');
    const dl = await owner.get(`/api/documents/${res.body.id}/download`).expect(200);
    expect(dl.headers['content-disposition']).toBe('attachment; filename="Reportxcod.pdf"');

    const marks = await upload(
      owner,
      makePdf('x'),
      'a\u200Eb\u200Fc\u2067d\u2068e\u202Af\u202Bg\u202Ch\u202Di\u00ADj\uFEFF.pdf',
    ).expect(201);
    expect(marks.body.currentVersion.filename).toBe('abcdefghij.pdf');
    // Hiding the real extension behind an override no longer works: the name ends as the bytes say.
    const hidden = await upload(owner, PNG, 'photo\u202Elmth.png').expect(201);
    expect(hidden.body.currentVersion.filename).toBe('photolmth.png');
    // Zero-width non-joiners are part of Persian spelling and stay.
    const persian = await upload(owner, makePdf('x'), 'گزارش\u200Cها.pdf').expect(201);
    expect(persian.body.currentVersion.filename).toBe('گزارش\u200Cها.pdf');

    // Renaming cleans the title the same way; a title of nothing but invisible characters is refused.
    const renamed = await owner
      .patch(`/api/documents/${res.body.id}`)
      .send({ title: 'Annual\u202E report' })
      .expect(200);
    expect(renamed.body.title).toBe('Annual report');
    const docs = await DocumentModel.countDocuments();
    const empty = await upload(owner, makePdf('x'), 'x.pdf', { title: '\u202E\u202Dx\u2066' }).expect(400);
    expect(empty.body.fields).toEqual({ title: expect.any(String) });
    expect(await DocumentModel.countDocuments()).toBe(docs);
    expect(tmpFiles()).toEqual([]);
  });
});
