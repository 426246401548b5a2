import contentDisposition from 'content-disposition';
import { displayFilename } from './uploads/displayName';
import type { StoredVersion } from './documents';
import type { FileStore } from './uploads/fileStore';

/** A stored file to send, with the headers it goes with (the transport streams it, with Range support). */
export interface FileDownload {
  path: string;
  headers: Record<string, string>;
}

/** Types a browser may show in the page when asked to (`inline=1`); everything else is an attachment. */
const INLINE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);

const asciiName = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');

/** ASCII names go as they are; others get an ASCII fallback plus the RFC 5987 UTF-8 name. */
function dispositionHeader(type: 'inline' | 'attachment', name: string): string {
  const ascii = asciiName(name);
  if (ascii === name) return contentDisposition(name, { type });
  const utf8 = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

/**
 * A version's file as a download: its sniffed type, never sniffed again by the browser (nosniff),
 * revalidated on every use (the caller's right to read it may change), and shown in the page only
 * for the few types that are safe there.
 */
export function fileDownload(store: FileStore, v: StoredVersion, inlineAsked: boolean): FileDownload {
  const inline = inlineAsked && INLINE_TYPES.has(v.mimeType);
  return {
    path: store.pathOf(v.storageKey),
    headers: {
      'Content-Type': v.mimeType,
      // Cleaned again for files stored before names were (see displayFilename: idempotent).
      'Content-Disposition': dispositionHeader(
        inline ? 'inline' : 'attachment',
        displayFilename(v.originalName, v.mimeType),
      ),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, max-age=0, must-revalidate',
      ETag: `"${v.sha256}"`,
    },
  };
}
