/** GET /api/documents/:id/preview: Markdown, text, CSV and Word files made readable, safely. */
import request from 'supertest';
import { startTestServer, type TestContext } from '../helpers/server';
import { createUser, signIn } from '../factories';
import { makeDocx, makePdf } from '../helpers/files';

let ctx: TestContext;
let member: request.Agent;
beforeAll(async () => {
  ctx = await startTestServer();
  member = ctx.agent();
  await signIn(member, await createUser({ role: 'member' }));
});
afterAll(() => ctx.close());

async function upload(buf: Buffer, filename: string, visibility = 'public'): Promise<string> {
  const res = await member
    .post('/api/documents')
    .field('title', filename)
    .field('kind', 'resource')
    .field('visibility', visibility)
    .attach('file', buf, filename)
    .expect(201);
  return res.body.id as string;
}

const HOSTILE_MARKDOWN = [
  '# Presentation',
  '',
  'Time to **removal** matters.',
  '',
  '<script>window.hacked = 1</script>',
  '<img src=x onerror="window.hacked = 2">',
  '',
  '[click](javascript:alert(1)) and [the IWF](https://www.iwf.org.uk)',
].join('\n');

describe('GET /api/documents/:id/preview', () => {
  it('renders Markdown as sanitised HTML for anyone who may read the document', async () => {
    const id = await upload(Buffer.from(HOSTILE_MARKDOWN), 'slides.md');
    const res = await request(ctx.url).get(`/api/documents/${id}/preview`).expect(200);
    expect(res.body.format).toBe('html');
    expect(res.body.truncated).toBe(false);
    expect(res.body.content).toContain('<h1>Presentation</h1>');
    expect(res.body.content).toContain('<strong>removal</strong>');
    expect(res.body.content).toContain('href="https://www.iwf.org.uk"');
    expect(res.body.content).not.toMatch(/<script|onerror|javascript:|<img/i);
  });

  it('gives text and CSV files back as text, never as HTML', async () => {
    const id = await upload(Buffer.from('Line one <b>not bold</b>\nLine two'), 'notes.txt');
    const res = await request(ctx.url).get(`/api/documents/${id}/preview`).expect(200);
    expect(res.body).toEqual({
      format: 'text',
      content: 'Line one <b>not bold</b>\nLine two',
      truncated: false,
    });
  });

  it('converts a Word file to sanitised HTML', async () => {
    const id = await upload(await makeDocx('Hotline workshop conclusions'), 'conclusions.docx');
    const res = await request(ctx.url).get(`/api/documents/${id}/preview`).expect(200);
    expect(res.body.format).toBe('html');
    expect(res.body.content).toBe('<p>Hotline workshop conclusions</p>');
  });

  it('refuses types the browser shows itself (415) and hides documents the caller may not read (404)', async () => {
    const pdf = await upload(makePdf('A PDF'), 'report.pdf');
    const res = await request(ctx.url).get(`/api/documents/${pdf}/preview`).expect(415);
    expect(res.body.error).toBe('unsupported_media_type');

    const hidden = await upload(Buffer.from('# Members only'), 'members.md', 'members');
    await request(ctx.url).get(`/api/documents/${hidden}/preview`).expect(404);
    await member.get(`/api/documents/${hidden}/preview`).expect(200);
    await member.get(`/api/documents/${hidden}/preview?version=2`).expect(404);
    await request(ctx.url).get('/api/documents/not-an-id/preview').expect(400);
  });
});
