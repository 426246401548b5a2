import ExcelJS from 'exceljs';
import type request from 'supertest';

/** supertest: GET a download and collect its binary body as a Buffer (in a language, if given). */
export function binary(agent: request.Agent, path: string, language?: string) {
  const req = agent.get(path);
  if (language) req.set('Accept-Language', language);
  return req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

export async function workbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

/** A worksheet's rows as text (rich text flattened), first column first. */
export function rowsOf(ws: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  ws.eachRow((row) => {
    rows.push(
      (row.values as unknown[])
        .slice(1)
        .map((v) =>
          v && typeof v === 'object' && 'richText' in v
            ? (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('')
            : String(v ?? ''),
        ),
    );
  });
  return rows;
}
