import type { DragEvent } from 'react';
import { ACCEPTED_EXTENSIONS, ACCEPTED_FILE_TYPES, type DocumentKind } from '@shared/schemas/document';
import { READABLE_PREVIEW_TYPES } from '@shared/schemas/documentPreview';
import { i18n } from '../i18n';
import { formatNumber } from '../i18n/format';

/** The server's default upload limit; the server still has the last word. */
export const UPLOAD_LIMIT_BYTES = 100 * 1024 * 1024;

/** For the file input's `accept`: extensions plus MIME types, so pickers filter well everywhere. */
export const ACCEPT_ATTRIBUTE = [...ACCEPTED_EXTENSIONS, ...Object.keys(ACCEPTED_FILE_TYPES)].join(',');

type AcceptedType = keyof typeof ACCEPTED_FILE_TYPES;

/** Each accepted type's entry in the `library` catalogue (`fileTypes.<key>.label` and `.name`). */
const FILE_TYPE_KEYS: Record<AcceptedType, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/csv': 'csv',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
};

const isAccepted = (mimeType: string): mimeType is AcceptedType => Object.hasOwn(FILE_TYPE_KEYS, mimeType);

/** "PDF, Word, Excel, …" for hints and messages, in the reader's language. */
export function acceptedTypesText(): string {
  const names = Object.values(FILE_TYPE_KEYS).map((key) => i18n.t(`library:fileTypes.${key}.name`));
  return [...new Set(names)].join(i18n.t('library:files.listSeparator'));
}

const formatSize = (n: number) => formatNumber(n, { maximumFractionDigits: 1 });

/** A file size for people: "640 bytes", "12.5 KB", "3.2 MB" (in the reader's language). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024)
    return i18n.t('library:files.bytes', { count: bytes, n: formatNumber(bytes, { useGrouping: false }) });
  if (bytes < 1024 * 1024) return i18n.t('library:files.kilobytes', { n: formatSize(bytes / 1024) });
  if (bytes < 1024 * 1024 * 1024)
    return i18n.t('library:files.megabytes', { n: formatSize(bytes / 1024 / 1024) });
  return i18n.t('library:files.gigabytes', { n: formatSize(bytes / 1024 / 1024 / 1024) });
}

/** "PDF", "Word (DOCX)", … for a MIME type the library knows, else the MIME type itself. */
export function fileTypeLabel(mimeType: string): string {
  if (isAccepted(mimeType)) return i18n.t(`library:fileTypes.${FILE_TYPE_KEYS[mimeType]}.label`);
  return mimeType || i18n.t('library:files.unknownType');
}

/** A file's facts in a row, e.g. "PDF, 3.2 MB" (with the reader's list separator). */
export const fileFacts = (...facts: string[]): string => facts.join(i18n.t('library:files.factSeparator'));

/** The lower-case extension with its dot (".pdf"), or '' when the name has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** Why a chosen file cannot be uploaded, or null when it looks fine (the server decides in the end). */
export function fileProblem(file: File): string | null {
  if (!ACCEPTED_EXTENSIONS.includes(extensionOf(file.name))) {
    return i18n.t('library:files.wrongType', { name: file.name, types: acceptedTypesText() });
  }
  if (file.size > UPLOAD_LIMIT_BYTES) {
    return i18n.t('library:files.tooBig', {
      name: file.name,
      size: formatBytes(file.size),
      limit: formatBytes(UPLOAD_LIMIT_BYTES),
    });
  }
  if (file.size === 0) return i18n.t('library:files.empty', { name: file.name });
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
