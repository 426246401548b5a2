import zlib from 'node:zlib';

const MB = 1024 * 1024;

/**
 * What text extraction may inflate from a ZIP-based document (DOCX): entries in the archive, bytes
 * of one inflated part, bytes of all inflated parts. A 300-page report's document.xml is a few MB.
 */
export const ZIP_LIMITS = { maxEntries: 2_000, maxEntryBytes: 32 * MB, maxTotalBytes: 64 * MB };
/** What text extraction may inflate from a PDF's Flate streams (images excepted): one stream, all of them. */
export const PDF_LIMITS = { maxStreamBytes: 32 * MB, maxTotalBytes: 256 * MB };

export type ZipLimits = typeof ZIP_LIMITS;
export type PdfLimits = typeof PDF_LIMITS;

/** A document would decompress past a limit: its text is not extracted (the file itself stays stored). */
export class DecompressionLimitError extends Error {
  constructor(what: string) {
    super(`Text not extracted: ${what}`);
  }
}

const mb = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;
const tooLarge = (err: unknown) => (err as NodeJS.ErrnoException)?.code === 'ERR_BUFFER_TOO_LARGE';

/** Parts text extraction never reads: pictures, embedded objects, fonts, media. They are never inflated. */
const BINARY_PART =
  /(^|\/)(media|embeddings|fonts)\/|\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|wdp|svg|ico|bin|odttf|ttf|otf|mp3|mp4|m4a|wav|avi|mov|wmv)$/i;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function endOfCentralDirectory(zip: Buffer): number {
  // The record is the last 22 bytes, followed by a comment of at most 64 kB.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === EOCD) return at;
  }
  throw new Error('not a readable ZIP archive');
}

/**
 * Inflates the parts of a ZIP archive that text extraction needs (everything but pictures, media,
 * embedded objects and fonts), never trusting the sizes the archive declares: each part is inflated
 * with a hard output cap, so a part that claims 100 bytes and holds 600 MB stops at the limit. Throws
 * DecompressionLimitError past a limit, a plain Error for an archive it cannot read.
 */
export function inflateZipParts(
  zip: Buffer,
  limits: ZipLimits = ZIP_LIMITS,
  wanted: (name: string) => boolean = (name) => !BINARY_PART.test(name),
): Map<string, Buffer> {
  const end = endOfCentralDirectory(zip);
  const dirSize = zip.readUInt32LE(end + 12);
  const dirOffset = zip.readUInt32LE(end + 16);
  if (zip.readUInt16LE(end + 10) === 0xffff || dirOffset === 0xffffffff)
    throw new Error('ZIP64 archives are not read for text extraction');
  if (dirOffset + dirSize > end) throw new Error('damaged ZIP archive');
  const parts = new Map<string, Buffer>();
  let entries = 0;
  let total = 0;
  for (let p = dirOffset; p < dirOffset + dirSize; ) {
    if (p + 46 > end || zip.readUInt32LE(p) !== CENTRAL) throw new Error('damaged ZIP archive');
    if (++entries > limits.maxEntries)
      throw new DecompressionLimitError(`the archive has more than ${limits.maxEntries.toLocaleString('en')} entries`);
    const flags = zip.readUInt16LE(p + 8);
    const method = zip.readUInt16LE(p + 10);
    const compressedSize = zip.readUInt32LE(p + 20);
    const declaredSize = zip.readUInt32LE(p + 24);
    const nameLength = zip.readUInt16LE(p + 28);
    const localOffset = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + Math.min(nameLength, 1024));
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    if (name.endsWith('/') || !wanted(name)) continue;
    if (flags & 1) throw new Error('encrypted document');
    if (method !== 0 && method !== 8) throw new Error(`unsupported ZIP compression (method ${method})`);
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff)
      throw new Error('ZIP64 archives are not read for text extraction');
    // A declared size over the limit is refused at once; a smaller one proves nothing (see below).
    if (declaredSize > limits.maxEntryBytes)
      throw new DecompressionLimitError(`a part (${name}) is larger than ${mb(limits.maxEntryBytes)} when decompressed`);
    if (localOffset + 30 > zip.length || zip.readUInt32LE(localOffset) !== LOCAL)
      throw new Error('damaged ZIP archive');
    const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    if (start + compressedSize > zip.length) throw new Error('damaged ZIP archive');
    const data = zip.subarray(start, start + compressedSize);
    const allowed = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total);
    let bytes: Buffer;
    try {
      if (method === 0) {
        if (data.length > allowed) throw Object.assign(new RangeError('too large'), { code: 'ERR_BUFFER_TOO_LARGE' });
        bytes = data;
      } else {
        bytes = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, allowed) });
        if (bytes.length > allowed) throw Object.assign(new RangeError('too large'), { code: 'ERR_BUFFER_TOO_LARGE' });
      }
    } catch (err) {
      if (!tooLarge(err)) throw new Error(`damaged ZIP entry ${name}`);
      throw new DecompressionLimitError(
        allowed === limits.maxEntryBytes
          ? `a part (${name}) is larger than ${mb(limits.maxEntryBytes)} when decompressed`
          : `the document's parts add up to more than ${mb(limits.maxTotalBytes)} when decompressed`,
      );
    }
    total += bytes.length;
    parts.set(name, bytes);
  }
  return parts;
}

/**
 * A ZIP archive of the given parts, stored without compression: what the DOCX reader gets instead of
 * the uploaded file, so it never inflates anything itself.
 */
export function storedZip(parts: Map<string, Buffer>): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = zlib.crc32(data) >>> 0;
    const common = (h: Buffer, at: number) => {
      h.writeUInt16LE(0x0800, at); // names are UTF-8
      h.writeUInt16LE(0, at + 2); // stored
      h.writeUInt16LE(0, at + 4);
      h.writeUInt16LE(0x21, at + 6); // 1 January 1980
      h.writeUInt32LE(crc, at + 8);
      h.writeUInt32LE(data.length, at + 12);
      h.writeUInt32LE(data.length, at + 16);
      h.writeUInt16LE(nameBytes.length, at + 20);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    common(local, 6);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(CENTRAL, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    common(dir, 8);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, nameBytes, data);
    central.push(dir, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(EOCD, 0);
  eocd.writeUInt16LE(parts.size, 8);
  eocd.writeUInt16LE(parts.size, 10);
  eocd.writeUInt32LE(directory.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, eocd]);
}

const FLATE = new Set(['/FlateDecode', '/Fl']);

/**
 * Measures what a PDF's Flate streams inflate to before the PDF library reads it (pdfjs decodes a
 * stream whole, into memory, with no cap of its own). Each stream is inflated from its start to the
 * end of its compressed data as zlib finds it, whatever its /Length says, so a wrong or indirect
 * length can only make the count larger. Image streams are skipped: text extraction never decodes
 * them. Streams whose first filter is not Flate (ASCII85, LZW…) are not measured. Throws
 * DecompressionLimitError past a limit; a stream it cannot inflate is left to the PDF library.
 */
export function checkPdfStreams(pdf: Buffer, limits: PdfLimits = PDF_LIMITS): void {
  let total = 0;
  for (let at = pdf.indexOf('stream'); at !== -1; at = pdf.indexOf('stream', at + 6)) {
    if (at >= 3 && pdf.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + 6;
    if (pdf[start] === 0x0d) start++;
    if (pdf[start] === 0x0a) start++;
    if (start === at + 6) continue; // the keyword is followed by an end of line, or it is not one
    // The stream's dictionary: from its object's "obj" keyword to here.
    const before = pdf.subarray(Math.max(0, at - 64 * 1024), at);
    const obj = before.lastIndexOf('obj');
    if (obj === -1) continue;
    const dict = before.toString('latin1', obj + 3).trim();
    if (!dict.endsWith('>>')) continue;
    // Scanning goes on after the data (a direct length, else the next endstream), not inside it.
    const length = /\/Length\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dict);
    const endstream = pdf.indexOf('endstream', start);
    at = Math.max(at, (length ? start + Number(length[1]) : endstream) - 6);
    if (/\/Subtype\s*\/Image\b/.test(dict)) continue;
    const filter = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict);
    const filters = filter?.[1]!.match(/\/[A-Za-z0-9]+/g) ?? [];
    let data = pdf.subarray(start);
    for (let i = 0; i < filters.length && FLATE.has(filters[i]!); i++) {
      const allowed = Math.min(limits.maxStreamBytes, limits.maxTotalBytes - total);
      try {
        data = zlib.inflateSync(data, {
          finishFlush: zlib.constants.Z_SYNC_FLUSH,
          maxOutputLength: Math.max(1, allowed),
        });
      } catch (err) {
        if (!tooLarge(err)) break;
        throw new DecompressionLimitError(
          allowed === limits.maxStreamBytes
            ? `a PDF stream is larger than ${mb(limits.maxStreamBytes)} when decompressed`
            : `the PDF's streams add up to more than ${mb(limits.maxTotalBytes)} when decompressed`,
        );
      }
      total += data.length;
    }
  }
}
