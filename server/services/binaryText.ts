import fs from 'node:fs';
import { PDFParse } from 'pdf-parse';
import mammoth from 'mammoth';

/**
 * Text of a PDF or DOCX file. Loaded only by the text-extraction worker thread
 * (workers/textExtraction.worker.ts): pdfjs, under pdf-parse, installs core-js polyfills (among them
 * a JavaScript Array.prototype.push) in whichever realm imports it, so the server's own thread must
 * never import this module.
 */
export async function binaryText(filePath: string, kind: 'pdf' | 'docx'): Promise<string> {
  if (kind === 'docx') return (await mammoth.extractRawText({ path: filePath })).value;
  const parser = new PDFParse({ data: await fs.promises.readFile(filePath) });
  try {
    // pdf-parse marks page breaks with "-- n of m --" lines; they are not the document's words.
    return (await parser.getText()).text.replace(/\n*-- \d+ of \d+ --\n*/g, '\n');
  } finally {
    await parser.destroy();
  }
}
