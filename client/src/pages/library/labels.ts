import type { TFunction } from 'i18next';
import { DOCUMENT_KINDS, type DocumentKind } from '@shared/schemas/document';

/** The document kinds' names in the reader's language (`library:kinds`), for selects and badges. */
export const kindLabels = (t: TFunction<'library'>): Record<DocumentKind, string> =>
  Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, t(`kinds.${kind}`)])) as Record<
    DocumentKind,
    string
  >;
