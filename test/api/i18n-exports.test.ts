/**
 * Exports in the requester's language: the consultation compilation as XLSX (read back with
 * exceljs) with Russian headings, columns and the words the workspace writes in the rows, English
 * exactly as before when no language is asked for; the DOCX laid out right to left in Arabic; an
 * indicator's Markdown and JSON headings in Spanish.
 */
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

describe('the consultation XLSX', () => {
  it('has Russian column headings, heading lines and row words when requested in Russian', async () => {
    const res = await binary(cast.observer, `/api/indicators/${code}/comments/export.xlsx`, 'ru').expect(200);
    const wb = await workbook(res.body as Buffer);
    const ws = wb.getWorksheet('Замечания')!;
    expect(ws).toBeDefined();
    const rows = rowsOf(ws);
    expect(rows[0]![0]).toContain(`Свод замечаний — ${code}`);
    expect(rows[2]![0]).toBe('Подано замечаний: 2; без решения: 1.');
    const header = rows.findIndex((r) => r[0] === '№');
    expect(rows[header]).toEqual([
      '№',
      'MB/NC (организация)',
      'Группа заинтересованных сторон',
      'Номер строки (¶)',
      'Раздел/Подраздел',
      'Абзац/Рисунок/Таблица',
      'Тип замечания',
      'Замечания',
      'Предлагаемое изменение',
      'Замечания секретариата',
      'Решение',
      'Учтено в редакции',
      'Абзац сейчас',
    ]);
    const body = rows.slice(header + 1);
    expect(body[0]!.slice(1, 5)).toEqual(['Beta Industry', 'Отрасль', '¶1', '1.1 Определение и понятия']);
    expect(body[0]![7]).toBe('Define “confirmed”.'); // what people wrote stays as written
    expect(body[0]![10]).toBe('Решение еще не принято');
    expect(body[0]![12]).toBe('Без изменений');
    expect(body[1]!.slice(1, 5)).toEqual(['Alpha Hotline', 'Горячая линия', '¶4', '2.1 Метод расчета']);
    expect(body[1]![10]).toBe('Принято частично');
  });

  it('is exactly the English comment form when no language is asked for', async () => {
    const res = await binary(cast.observer, `/api/indicators/${code}/comments/export.xlsx`).expect(200);
    const ws = (await workbook(res.body as Buffer)).getWorksheet('Comments')!;
    const rows = rowsOf(ws);
    expect(rows[0]![0]).toContain(`Compilation of comments — ${code}`);
    expect(rows[2]![0]).toBe('2 submitted comments, 1 without a disposition.');
    expect(rows[3]![0]).toMatch(
      /^Type of comment: ge = general, te = technical, ed = editorial\. Generated \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\.$/,
    );
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
    expect(rows[header + 1]!.slice(1, 5)).toEqual([
      'Beta Industry',
      'Industry',
      '¶1',
      '1.1 Definition and concepts',
    ]);
    expect(rows[header + 1]![10]).toBe('No disposition yet');
    expect(ws.views[0]?.rightToLeft).toBeFalsy();
  });

  it('reads from the right in Arabic', async () => {
    const res = await binary(cast.host, `/api/indicators/${code}/comments/export.xlsx`, 'ar').expect(200);
    const ws = (await workbook(res.body as Buffer)).getWorksheet('التعليقات')!;
    expect(ws.views[0]?.rightToLeft).toBe(true);
    expect(rowsOf(ws).some((r) => r[0] === 'الرقم')).toBe(true);
  });
});

describe('the consultation DOCX', () => {
  it('is laid out right to left with Arabic headings in Arabic', async () => {
    const res = await binary(cast.memberB, `/api/indicators/${code}/comments/export.docx`, 'ar').expect(200);
    const zip = await JSZip.loadAsync(res.body as Buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const s of ['تجميع التعليقات', 'ملاحظات الأمانة', 'مقبول جزئيًا', 'Median kept; wording changed.'])
      expect(text).toContain(s);
    expect(xml).toContain('<w:bidi/>');
    expect(xml).toContain('<w:bidiVisual/>');
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toContain('<w:rtl/>');
  });

  it('has no right-to-left markup in English', async () => {
    const res = await binary(cast.memberB, `/api/indicators/${code}/comments/export.docx`).expect(200);
    const xml = await (await JSZip.loadAsync(res.body as Buffer)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Observations of the secretariat');
    expect(xml).not.toContain('<w:bidi');
  });
});

describe('the indicator exports', () => {
  it('write the Markdown headings and the JSON field labels in the reader’s language', async () => {
    const md = await cast.host
      .get(`/api/indicators/${code}/export.md`)
      .set('Accept-Language', 'es')
      .expect(200);
    expect(md.text).toContain('- **Estado:** En consulta');
    expect(md.text).toContain('## Conceptos y definiciones');
    expect(md.text).toContain('### Método de cálculo');
    const en = await cast.host.get(`/api/indicators/${code}/export.md`).expect(200);
    expect(en.text).toContain('- **Status:** In consultation');
    expect(en.text).toContain('### Computation method');
    const json = await cast.host
      .get(`/api/indicators/${code}/export.json`)
      .set('Cookie', 'lang=zh')
      .expect(200);
    expect(json.body.fieldLabels.computation).toBe('计算方法');
  });
});
