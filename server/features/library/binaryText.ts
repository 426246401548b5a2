import fs from 'node:fs';
import { PDFParse } from 'pdf-parse';
import mammoth from 'mammoth';
import { checkPdfStreams, inflateZipParts, storedZip } from './uploads/decompressionLimits';

/**
 * Text of a PDF or DOCX file. Loaded only by the text-extraction worker thread
 * (workers/textExtraction.worker.ts): pdfjs, under pdf-parse, installs core-js polyfills (among them
 * a JavaScript Array.prototype.push) in whichever realm imports it, so the server's own thread must
 * never import this module.
 *
 * Neither library bounds what it decompresses, so a small file could expand to gigabytes in memory:
 * a DOCX's parts are inflated here under limits (uploads/decompressionLimits.ts) and mammoth reads
 * them from an uncompressed copy; a PDF's Flate streams are measured before pdfjs reads it.
 */
export async function binaryText(filePath: string, kind: 'pdf' | 'docx'): Promise<string> {
  const data = await fs.promises.readFile(filePath);
  if (kind === 'docx') {
    return (await mammoth.extractRawText({ buffer: storedZip(inflateZipParts(data)) })).value;
  }
  checkPdfStreams(data);
  const parser = new PDFParse({ data });
  try {
    // pdf-parse marks page breaks with "-- n of m --" lines; they are not the document's words.
    return (await parser.getText()).text.replace(/\n*-- \d+ of \d+ --\n*/g, '\n');
  } finally {
    await parser.destroy();
  }
}
