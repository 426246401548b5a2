import type { DragEvent } from 'react';
import { ACCEPTED_EXTENSIONS, ACCEPTED_FILE_TYPES, type DocumentKind } from '@shared/schemas/document';
import { READABLE_PREVIEW_TYPES } from '@shared/schemas/documentPreview';

/** The server's default upload limit; the server still has the last word. */
export const UPLOAD_LIMIT_BYTES = 100 * 1024 * 1024;

/** For the file input's `accept`: extensions plus MIME types, so pickers filter well everywhere. */
export const ACCEPT_ATTRIBUTE = [...ACCEPTED_EXTENSIONS, ...Object.keys(ACCEPTED_FILE_TYPES)].join(',');

/** "PDF, Word, Excel, …" for hints and messages. */
export const ACCEPTED_TYPES_TEXT = [
  ...new Set(Object.values(ACCEPTED_FILE_TYPES).map((label) => label.replace(/ \(.*\)$/, ''))),
].join(', ');

const sizeFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A file size for people: "640 bytes", "12.5 KB", "3.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${sizeFormat.format(bytes / 1024)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${sizeFormat.format(bytes / 1024 / 1024)} MB`;
  return `${sizeFormat.format(bytes / 1024 / 1024 / 1024)} GB`;
}

/** "PDF", "Word (DOCX)", … for a MIME type the library knows, else the MIME type itself. */
export function fileTypeLabel(mimeType: string): string {
  return (ACCEPTED_FILE_TYPES as Record<string, string>)[mimeType] ?? (mimeType || 'Unknown type');
}

/** The lower-case extension with its dot (".pdf"), or '' when the name has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** Why a chosen file cannot be uploaded, or null when it looks fine (the server decides in the end). */
export function fileProblem(file: File): string | null {
  if (!ACCEPTED_EXTENSIONS.includes(extensionOf(file.name))) {
    return `“${file.name}” is not a type the library accepts. Choose a file of one of these types: ${ACCEPTED_TYPES_TEXT}.`;
  }
  if (file.size > UPLOAD_LIMIT_BYTES) {
    return `“${file.name}” is ${formatBytes(file.size)}; the limit is ${formatBytes(UPLOAD_LIMIT_BYTES)}.`;
  }
  if (file.size === 0) return `“${file.name}” is empty. Choose a file with content.`;
  return null;
}

/** A title from a file name: without the extension, with separators (not dates' hyphens) as spaces. */
export function titleFromFileName(name: string): string {
  const ext = extensionOf(name);
  const base = ext ? name.slice(0, -ext.length) : name;
  return base
    .replace(/_+|(?<!\d)-|-(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}

/** A first guess at the kind of document from its file type; the uploader can change it. */
export function kindFromFileName(name: string): DocumentKind {
  const ext = extensionOf(name);
  if (ext === '.pptx') return 'presentation';
  if (['.png', '.jpg', '.jpeg', '.csv', '.xlsx'].includes(ext)) return 'resource';
  return 'report';
}

/** Whether the server makes a file of this type readable in the page (Markdown, text, CSV, Word). */
export const hasReadablePreview = (mimeType: string): boolean =>
  (READABLE_PREVIEW_TYPES as readonly string[]).includes(mimeType);

/** Whether the browser can show a file of this type inline (the server serves these inline). */
export const previewKind = (mimeType: string): 'pdf' | 'image' | null =>
  mimeType === 'application/pdf'
    ? 'pdf'
    : mimeType === 'image/png' || mimeType === 'image/jpeg'
      ? 'image'
      : null;

/** For a form around a drop zone: outside the zone (which accepts drops itself), refuse them. */
export function refuseDrop(event: DragEvent): void {
  if (event.defaultPrevented) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'none';
}
