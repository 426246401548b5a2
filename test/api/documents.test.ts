import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createHash } from 'node:crypto';
import request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createMeeting, createUser, signIn } from '../factories';
import { ELF_BYTES, makeDocx, makePdf } from '../helpers/files';
import { DocumentModel } from '../../server/models/Document';
import { DocumentVersion } from '../../server/models/DocumentVersion';
import { waitUntil } from '../helpers/patience';

let ctx: TestContext;
let owner: request.Agent;
let host: request.Agent;
beforeAll(async () => {
  ctx = await startTestServer({ UPLOAD_MAX_MB: '1' });
  owner = ctx.agent();
  host = ctx.agent();
  await signIn(owner, await createUser({ role: 'member', name: 'Olga Owner' }));
  await signIn(host, await createUser({ role: 'host' }));
});
afterAll(() => ctx.close());

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const files = (dir: string) =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { recursive: true }).filter((f) => fs.statSync(path.join(dir, String(f))).isFile())
    : [];
const tmpFiles = () => files(path.join(ctx.uploadsDir, 'tmp'));
const binaryParser = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

function upload(agent: request.Agent, buf: Buffer, filename: string, fields: Record<string, string> = {}) {
  let req = agent.post('/api/documents');
  for (const [k, v] of Object.entries({
    title: 'A document',
    kind: 'resource',
    visibility: 'members',
    ...fields,
  }))
    req = req.field(k, v);
  return req.attach('file', buf, filename);
}

/** Waits until background text extraction has finished for the document. */
async function extracted(id: string) {
  await ctx.server.library.idle();
  const res = await owner.get(`/api/documents/${id}`).expect(200);
  return res.body;
}

describe('upload and download', () => {
  it('stores a PDF and gives back the same bytes, with safe download headers and range support', async () => {
    const pdf = makePdf('Hotline reports and time to removal');
    const res = await upload(owner, pdf, 'Time to removal.pdf', {
      title: 'Time to removal',
      kind: 'report',
      tags: 'Hotlines, Removal',
      year: '2013',
    }).expect(201);
    expect(res.body).toMatchObject({
      title: 'Time to removal',
      kind: 'report',
      tags: ['hotlines', 'removal'],
      year: 2013,
      versionCount: 1,
      owner: { name: 'Olga Owner' },
      can: { edit: true },
    });
    expect(res.body.currentVersion).toMatchObject({
      number: 1,
      filename: 'Time to removal.pdf',
      mimeType: 'application/pdf',
      size: pdf.length,
      sha256: sha(pdf),
      textStatus: 'pending',
    });
    const dl = await owner
      .get(`/api/documents/${res.body.id}/download`)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(Buffer.compare(dl.body as Buffer, pdf)).toBe(0);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.headers['content-disposition']).toBe('attachment; filename="Time to removal.pdf"');
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    const part = await owner
      .get(`/api/documents/${res.body.id}/download`)
      .set('Range', 'bytes=0-7')
      .buffer(true)
      .parse(binaryParser)
      .expect(206);
    expect((part.body as Buffer).toString('latin1')).toBe('%PDF-1.4');
    const inline = await owner.get(`/api/documents/${res.body.id}/download?inline=1`).expect(200);
    expect(inline.headers['content-disposition']).toMatch(/^inline;/);
  });

  it('stores a hostile file name safely and encodes non-ASCII names in the download header', async () => {
    const res = await upload(owner, makePdf('x'), '../../etc/passwd').expect(201);
    expect(res.body.currentVersion.filename).toBe('passwd');
    const stored = await DocumentVersion.findOne({ documentId: res.body.id }).lean();
    expect(stored!.storageKey).toMatch(/^[a-f0-9]{2}\/[a-f0-9]{32}$/);
    expect(fs.existsSync(path.join(ctx.uploadsDir, 'objects', stored!.storageKey))).toBe(true);
    const utf = await upload(owner, makePdf('x'), 'Rapport sécurité 2013.pdf').expect(201);
    expect(utf.body.currentVersion.filename).toBe('Rapport sécurité 2013.pdf');
    const dl = await owner.get(`/api/documents/${utf.body.id}/download`).expect(200);
    expect(dl.headers['content-disposition']).toContain(
      "filename*=UTF-8''Rapport%20s%C3%A9curit%C3%A9%202013.pdf",
    );
  });

  it('refuses a file over the size limit with 413 and keeps nothing', async () => {
    const before = await DocumentModel.countDocuments();
    const objects = files(path.join(ctx.uploadsDir, 'objects')).length;
    const big = Buffer.concat([makePdf('big'), Buffer.alloc(1.5 * 1024 * 1024, 32)]);
    const res = await upload(owner, big, 'big.pdf').expect(413);
    expect(res.body.error).toBe('payload_too_large');
    expect(await DocumentModel.countDocuments()).toBe(before);
    expect(files(path.join(ctx.uploadsDir, 'objects'))).toHaveLength(objects);
    expect(tmpFiles()).toEqual([]);
  });

  it('refuses an executable named report.pdf with 415, judging by the bytes, and keeps nothing', async () => {
    const before = await DocumentModel.countDocuments();
    const res = await upload(owner, ELF_BYTES, 'report.pdf').expect(415);
    expect(res.body.error).toBe('unsupported_media_type');
    const text = await upload(owner, Buffer.from('plain words'), 'notes.exe').expect(415);
    expect(text.body.error).toBe('unsupported_media_type');
    expect(await DocumentModel.countDocuments()).toBe(before);
    expect(tmpFiles()).toEqual([]);
  });

  it('answers 400 for missing file or bad fields, and removes the uploaded bytes', async () => {
    await owner.post('/api/documents').field('title', 'No file').field('kind', 'report').expect(400);
    const bad = await upload(owner, makePdf('x'), 'a.pdf', { kind: 'novel', year: 'MMXIII' }).expect(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['kind', 'year']);
    const extra = await upload(owner, makePdf('x'), 'a.pdf', { ownerId: '0123456789abcdef01234567' }).expect(
      400,
    );
    expect(extra.body.message).toMatch(/Unknown field/);
    await upload(owner, makePdf('x'), 'a.pdf', { meetingId: '0123456789abcdef01234567' }).expect(400);
    await owner.post('/api/documents').send({ title: 'json is not multipart' }).expect(400);
    expect(tmpFiles()).toEqual([]);
  });

  it('leaves no temporary file and no record when the client aborts mid-upload', async () => {
    const cookie = (await owner.get('/api/auth/me')).request.cookies as unknown as string;
    const before = await DocumentModel.countDocuments();
    const url = new URL(`${ctx.url}/api/documents`);
    const boundary = 'x-boundary-123';
    const req = http.request({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      headers: {
        Cookie: cookie,
        Origin: ctx.url,
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
        'Content-Length': String(900_000),
      },
    });
    const gone = new Promise<void>((resolve) =>
      req.on('error', () => resolve()).on('close', () => resolve()),
    );
    req.write(
      `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nAborted\r\n--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nreport\r\n`,
    );
    req.write(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="half.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    );
    req.write(Buffer.concat([makePdf('half'), Buffer.alloc(300_000, 65)]));
    // Cut off once the server is writing the file part to its temporary file.
    await waitUntil('the upload to reach a temporary file', () => tmpFiles().length > 0);
    req.destroy();
    await gone;
    await waitUntil('the temporary file to be removed', () => tmpFiles().length === 0).catch(() => undefined);
    expect(tmpFiles()).toEqual([]);
    expect(await DocumentModel.countDocuments()).toBe(before);
  });
});

describe('versions', () => {
  it('adds versions with notes, lists them newest first, and serves any version', async () => {
    const v1 = makePdf('first draft of the indicator');
    const created = await upload(owner, v1, 'draft.pdf').expect(201);
    const v2 = Buffer.from('Second version, now as plain text.\n');
    const res = await owner
      .post(`/api/documents/${created.body.id}/versions`)
      .field('note', 'Converted to text')
      .attach('file', v2, 'draft-v2.txt')
      .expect(201);
    expect(res.body.versionCount).toBe(2);
    expect(res.body.currentVersion).toMatchObject({
      number: 2,
      filename: 'draft-v2.txt',
      mimeType: 'text/plain',
      note: 'Converted to text',
    });
    const list = await owner.get(`/api/documents/${created.body.id}/versions`).expect(200);
    expect(list.body.items.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    const first = await owner
      .get(`/api/documents/${created.body.id}/download?version=1`)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(Buffer.compare(first.body as Buffer, v1)).toBe(0);
    const current = await owner.get(`/api/documents/${created.body.id}/download`).expect(200);
    expect(current.text).toBe(v2.toString());
    await owner.get(`/api/documents/${created.body.id}/download?version=9`).expect(404);
    await owner.get(`/api/documents/${created.body.id}/download?version=zero`).expect(400);
  });
});

describe('text extraction and search', () => {
  it('finds a word that exists only inside an uploaded PDF, by prefix and in any case, with a snippet', async () => {
    const created = await upload(owner, makePdf('The quokkaword appears only in this file'), 'secret.pdf', {
      title: 'Plain title',
      visibility: 'public',
    }).expect(201);
    expect((await extracted(created.body.id)).currentVersion.textStatus).toBe('done');
    for (const q of ['quokkaword', 'QUOKKA', 'quok']) {
      const res = await request(ctx.url).get(`/api/documents?q=${q}`).expect(200);
      expect(res.body.items.map((d: { id: string }) => d.id)).toEqual([created.body.id]);
      expect(res.body.items[0].snippet).toContain('quokkaword appears only in this file');
    }
  });

  it('extracts DOCX, Markdown and CSV text too, and marks what cannot be extracted', async () => {
    const docx = await upload(owner, await makeDocx('wombatdocx inside word'), 'memo.docx').expect(201);
    const md = await upload(owner, Buffer.from('# Heading\n\nnumbatmark in markdown'), 'notes.md').expect(
      201,
    );
    const csv = await upload(owner, Buffer.from('country,hotline\nkenya,dingocsv\n'), 'data.csv').expect(201);
    const broken = await upload(
      owner,
      Buffer.from('%PDF-1.7\nthis is not really a pdf'),
      'broken.pdf',
    ).expect(201);
    const png = await upload(
      owner,
      Buffer.from(
        '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001a5f645400000000049454e44ae426082',
        'hex',
      ),
      'pixel.png',
    ).expect(201);
    expect((await extracted(docx.body.id)).currentVersion).toMatchObject({ textStatus: 'done' });
    expect((await extracted(md.body.id)).currentVersion).toMatchObject({
      textStatus: 'done',
      mimeType: 'text/markdown',
    });
    expect((await extracted(csv.body.id)).currentVersion).toMatchObject({
      textStatus: 'done',
      mimeType: 'text/csv',
    });
    expect((await extracted(broken.body.id)).currentVersion.textStatus).toBe('failed');
    expect((await extracted(png.body.id)).currentVersion).toMatchObject({
      textStatus: 'unsupported',
      mimeType: 'image/png',
    });
    // A file whose text could not be read is still stored and downloadable.
    await owner.get(`/api/documents/${broken.body.id}/download`).expect(200);
    for (const [q, id] of [
      ['wombatdocx', docx.body.id],
      ['numbatmark', md.body.id],
      ['dingocsv', csv.body.id],
    ]) {
      expect(
        (await owner.get(`/api/documents?q=${q}`).expect(200)).body.items.map((d: { id: string }) => d.id),
      ).toEqual([id]);
    }
  });

  it('ranks title matches above text matches, requires every word, and filters, sorts and pages', async () => {
    const meeting = await createMeeting();
    const inTitle = await upload(owner, makePdf('nothing here'), 'a.pdf', {
      title: 'Platypus indicators',
      kind: 'draft',
      tags: 'alpha',
      year: '2014',
      meetingId: String(meeting._id),
    }).expect(201);
    const inText = await upload(owner, makePdf('a platypus indicators mention in the body'), 'b.pdf', {
      title: 'Other',
      kind: 'report',
      tags: 'beta',
      year: '2015',
    }).expect(201);
    await upload(owner, makePdf('platypus only'), 'c.pdf', { title: 'Third', kind: 'report' }).expect(201);
    await ctx.server.library.idle();
    const both = await owner.get('/api/documents?q=platypus indicators').expect(200);
    expect(both.body.items.map((d: { id: string }) => d.id)).toEqual([inTitle.body.id, inText.body.id]);
    expect(both.body.items[0].score).toBeGreaterThan(both.body.items[1].score);
    const filters: [string, string][] = [
      ['kind=draft', inTitle.body.id],
      [`meeting=${meeting._id}`, inTitle.body.id],
      ['tag=beta', inText.body.id],
      ['year=2015', inText.body.id],
    ];
    for (const [qs, id] of filters) {
      expect(
        (await owner.get(`/api/documents?q=platypus&${qs}`).expect(200)).body.items.map(
          (d: { id: string }) => d.id,
        ),
      ).toEqual([id]);
    }
    const byTitle = await owner.get('/api/documents?q=platypus&sort=title').expect(200);
    expect(byTitle.body.items.map((d: { title: string }) => d.title)).toEqual([
      'Other',
      'Platypus indicators',
      'Third',
    ]);
    const page1 = await owner.get('/api/documents?q=platypus&limit=2&sort=newest').expect(200);
    const page2 = await owner
      .get(`/api/documents?q=platypus&limit=2&sort=newest&cursor=${page1.body.nextCursor}`)
      .expect(200);
    expect(page1.body.items).toHaveLength(2);
    expect(page2.body.items).toHaveLength(1);
    expect(page2.body.nextCursor).toBeNull();
    await owner.get('/api/documents?cursor=!!').expect(400);
    await owner.get('/api/documents?sort=random').expect(400);
  });
});
