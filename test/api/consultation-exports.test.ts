/** The compilation's XLSX and DOCX exports: parsed back and checked, with filters and permissions. */
import JSZip from 'jszip';
import { startTestServer, type TestContext } from '../helpers/server';
import { binary, rowsOf, workbook } from '../helpers/exports';
import {
  compilationToExport,
  consultationCast,
  indicatorInConsultation,
  type ConsultationCast,
} from '../helpers/consultation';

let ctx: TestContext;
let cast: ConsultationCast;
let code: string;
beforeAll(async () => {
  ctx = await startTestServer();
  cast = await consultationCast(ctx);
  code = await indicatorInConsultation(cast);
  await compilationToExport(cast, code);
});
afterAll(() => ctx.close());

const sheetRows = async (buffer: Buffer) => rowsOf((await workbook(buffer)).getWorksheet('Comments')!);

describe('XLSX', () => {
  it('has the comment form’s columns plus the disposition, one row per submitted comment in paragraph order', async () => {
    const res = await binary(cast.observer, `/api/indicators/${code}/comments/export.xlsx`).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`${code}-comments.xlsx`);
    const rows = await sheetRows(res.body as Buffer);
    expect(rows[0]![0]).toContain(`Compilation of comments — ${code}`);
    const header = rows.findIndex((r) => r[0] === 'No.');
    expect(rows[header]).toEqual([
      'No.',
      'MB/NC (organisation)',
      'Constituency',
      'Line number (¶)',
      'Clause/Subclause',
      'Paragraph/Figure/Table',
      'Type of comment',
      'Comments',
      'Proposed change',
      'Observations of the secretariat',
      'Disposition',
      'Addressed in revision',
      'Paragraph now',
    ]);
    const body = rows.slice(header + 1);
    expect(body).toHaveLength(2);
    expect(body[0]!.slice(0, 8)).toEqual([
      '1',
      'Beta Industry',
      'Industry',
      '¶1',
      '1.1 Definition and concepts',
      '“confirmed report”',
      'ed',
      'Define “confirmed”.',
    ]);
    expect(body[0]![10]).toBe('No disposition yet');
    expect(body[1]!.slice(1, 5)).toEqual(['Alpha Hotline', 'Hotline', '¶4', '2.1 Computation method']);
    // The proposed change's rich text is the diff: the old and the new words are both in it.
    expect(body[1]![8]).toContain('verified removals');
    expect(body[1]!.slice(9, 11)).toEqual(['Median kept; wording changed.', 'Accepted in part']);
    expect(JSON.stringify(rows)).not.toContain('A draft nobody else sees.');
  });

  it('applies the compilation’s filters', async () => {
    const res = await binary(
      cast.host,
      `/api/indicators/${code}/comments/export.xlsx?disposition=none`,
    ).expect(200);
    const rows = await sheetRows(res.body as Buffer);
    const header = rows.findIndex((r) => r[0] === 'No.');
    expect(rows.slice(header + 1).map((r) => r[1])).toEqual(['Beta Industry']);
    expect(rows[2]![0]).toContain('filtered by disposition: none');
  });
});

describe('DOCX', () => {
  it('is a Word document whose table carries the same rows, with the proposed change marked up', async () => {
    const res = await binary(cast.memberB, `/api/indicators/${code}/comments/export.docx`).expect(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(res.body as Buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<w:tab\/>/g, '\t').replace(/<[^>]+>/g, '');
    for (const s of [
      'Observations of the secretariat',
      'Beta Industry',
      'Define “confirmed”.',
      'Median kept; wording changed.',
      'Accepted in part',
      'No disposition yet',
      '2.1 Computation method',
    ])
      expect(text).toContain(s);
    expect(text).not.toContain('A draft nobody else sees.');
    expect(xml).toContain('<w:strike/>'); // deleted words struck through
    expect(xml).toMatch(/<w:u w:val="single"\/>/); // inserted words underlined
    expect(xml).toContain('w:orient="landscape"');
  });
});

describe('who may export', () => {
  it('needs a signed-in reader of the indicator: 401 anonymous, 404 when the indicator is hidden or missing', async () => {
    await cast.anonymous.get(`/api/indicators/${code}/comments/export.xlsx`).expect(401);
    const hidden = await indicatorInConsultation(cast, { visibility: 'hosts' });
    const missing = await cast.memberA.get('/api/indicators/NOPE-99/comments/export.docx');
    const notAllowed = await cast.memberA.get(`/api/indicators/${hidden}/comments/export.docx`);
    expect([missing.status, notAllowed.status]).toEqual([404, 404]);
    expect(notAllowed.body).toEqual(missing.body);
    await cast.host.get(`/api/indicators/${hidden}/comments/export.docx`).expect(200);
  });
});
