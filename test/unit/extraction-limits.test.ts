import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { TextExtractionWorker } from '../../server/features/library/textExtractionWorker';
import type { Extraction } from '../../server/features/library/textExtractor';
import { makeDocx } from '../helpers/files';

const MB = 1024 * 1024;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** What a refused extraction's reason says, whichever limit it hit. */
const LIMIT_REASON = /decompress/i;

/** Bytes written as they are, or `size` copies of one byte (never held whole: deflated a megabyte at a time). */
type Part = Buffer | { fill: number; size: number };

/** Deflates parts as a stream: the output is small however large the input, and memory stays flat. */
async function deflate(parts: Part[], raw: boolean): Promise<{ data: Buffer; crc: number; size: number }> {
  const z = raw ? zlib.createDeflateRaw({ level: 9 }) : zlib.createDeflate({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (c: Buffer) => out.push(c));
  const ended = new Promise((resolve) => z.on('end', resolve));
  let crc = 0;
  let size = 0;
  const write = async (buf: Buffer) => {
    crc = zlib.crc32(buf, crc);
    size += buf.length;
    if (!z.write(buf)) await new Promise((resolve) => z.once('drain', resolve));
  };
  for (const part of parts) {
    if (Buffer.isBuffer(part)) {
      await write(part);
      continue;
    }
    const chunk = Buffer.alloc(MB, part.fill);
    for (let left = part.size; left > 0; left -= MB)
      await write(left >= MB ? chunk : chunk.subarray(0, left));
  }
  z.end();
  await ended;
  return { data: Buffer.concat(out), crc: crc >>> 0, size };
}

interface ZipEntry {
  name: string;
  parts: Part[];
  /** The uncompressed size the headers claim (a lying archive says less than it holds). */
  declaredSize?: number;
}

/** A ZIP archive written by hand, so an entry can inflate to hundreds of megabytes from a few hundred kB. */
async function makeZip(entries: ZipEntry[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { data, crc, size } = await deflate(entry.parts, true);
    const name = Buffer.from(entry.name);
    const fields = (h: Buffer, at: number) => {
      h.writeUInt16LE(8, at); // deflate
      h.writeUInt32LE(0, at + 2); // time and date
      h.writeUInt32LE(crc, at + 6);
      h.writeUInt32LE(data.length, at + 10);
      h.writeUInt32LE(entry.declaredSize ?? size, at + 14);
      h.writeUInt16LE(name.length, at + 18);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    fields(local, 8);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    fields(dir, 10);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(dir, name);
    offset += local.length + name.length + data.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOC_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
const DOC_TAIL = '</w:t></w:r></w:p></w:body></w:document>';

/** A DOCX whose one paragraph holds `fill` (a few words, or hundreds of megabytes of one letter). */
function docx(fill: Part, extra: ZipEntry[] = [], declaredSize?: number): Promise<Buffer> {
  return makeZip([
    { name: '[Content_Types].xml', parts: [Buffer.from(CONTENT_TYPES)] },
    { name: '_rels/.rels', parts: [Buffer.from(RELS)] },
    {
      name: 'word/document.xml',
      parts: [Buffer.from(DOC_HEAD), fill, Buffer.from(DOC_TAIL)],
      ...(declaredSize === undefined ? {} : { declaredSize }),
    },
    ...extra,
  ]);
}

/** A one-page PDF whose content stream is Flate-compressed; `padding` bytes of spaces follow its text. */
async function flatePdf(
  text: string,
  padding: number,
  extraObjects: string[] = [],
  /** The content stream's /Length: its real length (direct), in object 6, or a wrong number. */
  lengthAs: 'direct' | 'indirect' | number = 'direct',
): Promise<Buffer> {
  const content = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET\n`;
  const { data } = await deflate([Buffer.from(content), { fill: 0x20, size: padding }], false);
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const add = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    chunks.push(buf);
    length += buf.length;
  };
  add('%PDF-1.4\n');
  const objects: (string | Buffer[])[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    [
      Buffer.from(
        `<< /Length ${lengthAs === 'direct' ? data.length : lengthAs === 'indirect' ? '6 0 R' : lengthAs} /Filter /FlateDecode >>\nstream\n`,
        'latin1',
      ),
      data,
      Buffer.from('\nendstream', 'latin1'),
    ],
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...(lengthAs === 'indirect' ? [String(data.length)] : []),
    ...extraObjects,
  ];
  objects.forEach((body, i) => {
    offsets.push(length);
    add(`${i + 1} 0 obj\n`);
    if (typeof body === 'string') add(body);
    else body.forEach(add);
    add('\nendobj\n');
  });
  const xref = length;
  add(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`);
  add(offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join(''));
  add(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(chunks);
}

/** An extraction as a test message shows it: a runaway text is cut to its first words. */
const brief = (r: Extraction) => (r.status === 'done' ? { ...r, text: r.text.slice(0, 60) } : r);

/**
 * The process's resident memory growth while `work` runs (the extraction thread lives in this
 * process): sampled every few milliseconds, and the kernel's high-water mark where it rose.
 */
async function rssGrowthDuring<T>(work: () => Promise<T>): Promise<{ result: T; growth: number }> {
  const start = process.memoryUsage().rss;
  const maxBefore = process.resourceUsage().maxRSS * 1024;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    const result = await work();
    const maxAfter = process.resourceUsage().maxRSS * 1024;
    if (maxAfter > maxBefore) peak = Math.max(peak, maxAfter);
    return { result, growth: peak - start };
  } finally {
    clearInterval(timer);
  }
}

describe('decompression limits of text extraction', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-limits-'));
  const worker = new TextExtractionWorker();
  const write = (name: string, bytes: Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return file;
  };
  beforeAll(async () => {
    // Start the thread and load its libraries first, so memory measured below is the files' alone.
    const warm = await worker.extract(write('warm.docx', await makeDocx('warming up')), DOCX);
    expect(warm).toEqual({ status: 'done', text: expect.stringContaining('warming up') });
    const pdf = await worker.extract(write('warm.pdf', await flatePdf('warm', 0)), 'application/pdf');
    expect(pdf).toEqual({ status: 'done', text: expect.stringContaining('warm') });
  });
  afterAll(async () => {
    await worker.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a DOCX whose document.xml inflates to 256 MB, with a clear reason and bounded memory', async () => {
    const bomb = await docx({ fill: 0x61, size: 256 * MB });
    expect(bomb.length).toBeLessThan(MB);
    const file = write('bomb.docx', bomb);
    const { result, growth } = await rssGrowthDuring(() => worker.extract(file, DOCX));
    expect(brief(result)).toEqual({ status: 'failed', reason: expect.stringMatching(LIMIT_REASON) });
    expect(growth).toBeLessThan(150 * MB);
  });

  it('does not trust the sizes an archive declares: a part claiming 100 bytes that inflates to 256 MB is refused', async () => {
    const liar = await docx({ fill: 0x61, size: 256 * MB }, [], 100);
    const file = write('liar.docx', liar);
    const { result, growth } = await rssGrowthDuring(() => worker.extract(file, DOCX));
    expect(brief(result)).toEqual({ status: 'failed', reason: expect.stringMatching(LIMIT_REASON) });
    expect(growth).toBeLessThan(150 * MB);
  });

  it('refuses a DOCX whose parts, each under the per-part limit, add up past the total limit', async () => {
    const headers = [1, 2, 3, 4].map((n) => ({
      name: `word/header${n}.xml`,
      parts: [{ fill: 0x20, size: 24 * MB }],
    }));
    const file = write('many-parts.docx', await docx(Buffer.from('small'), headers));
    expect(brief(await worker.extract(file, DOCX))).toEqual({
      status: 'failed',
      reason: expect.stringMatching(LIMIT_REASON),
    });
  });

  it('refuses a DOCX with more entries than the limit', async () => {
    const crowd = Array.from({ length: 2_100 }, (_, i) => ({
      name: `customXml/item${i}.xml`,
      parts: [Buffer.from('<a/>')],
    }));
    const file = write('crowd.docx', await docx(Buffer.from('crowded'), crowd));
    expect(brief(await worker.extract(file, DOCX))).toEqual({
      status: 'failed',
      reason: expect.stringMatching(/entries/i),
    });
  });

  it('still reads a DOCX with a large image, which text extraction never inflates', async () => {
    const image = { name: 'word/media/image1.png', parts: [{ fill: 0, size: 100 * MB }] };
    const file = write('picture.docx', await docx(Buffer.from('the wallabyword is here'), [image]));
    const result = await worker.extract(file, DOCX);
    expect(result.status === 'done' && result.text.trim()).toBe('the wallabyword is here');
  });

  it('refuses a PDF whose content stream inflates to 256 MB, with a clear reason and bounded memory', async () => {
    const file = write('bomb.pdf', await flatePdf('pdfbomb', 256 * MB));
    expect(fs.statSync(file).size).toBeLessThan(MB);
    const { result, growth } = await rssGrowthDuring(() => worker.extract(file, 'application/pdf'));
    expect(brief(result)).toEqual({ status: 'failed', reason: expect.stringMatching(LIMIT_REASON) });
    expect(growth).toBeLessThan(150 * MB);
  });

  it('measures what a PDF stream inflates to whatever its /Length says (indirect, or too short)', async () => {
    for (const [name, lengthAs] of [
      ['indirect.pdf', 'indirect'],
      ['short.pdf', 40],
    ] as const) {
      const file = write(name, await flatePdf('pdfbomb', 256 * MB, [], lengthAs));
      expect(brief(await worker.extract(file, 'application/pdf'))).toEqual({
        status: 'failed',
        reason: expect.stringMatching(LIMIT_REASON),
      });
    }
    const fine = write('indirect-fine.pdf', await flatePdf('the numbatword is here', 0, [], 'indirect'));
    const result = await worker.extract(fine, 'application/pdf');
    expect(result.status === 'done' && result.text).toMatch(/the numbatword is here/);
  });

  it('still reads a PDF with a compressed stream under the limit and a large unused image', async () => {
    const { data } = await deflate([{ fill: 0, size: 64 * MB }], false);
    const image = [
      `<< /Type /XObject /Subtype /Image /Width 4096 /Height 4096 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length ${data.length} /Filter /FlateDecode >>\nstream\n`,
      data.toString('latin1'),
      '\nendstream',
    ].join('');
    const file = write('fine.pdf', await flatePdf('the bilbyword is here', 2 * MB, [image]));
    const result = await worker.extract(file, 'application/pdf');
    expect(result.status === 'done' && result.text).toMatch(/the bilbyword is here/);
  });
});
