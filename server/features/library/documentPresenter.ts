import type { DocumentDto, DocumentHit } from '@shared/schemas/document';
import type { Viewer } from '../../policies/index';
import { documentAbilities, type DocumentSubject } from '../../policies/document';
import type { DocumentView } from './documentView';

/**
 * A document as one viewer gets it: its view (see documentView, the same for everyone) plus what
 * this viewer may do with it. The owner is the view's: once that account is gone, nobody is owner.
 */
export function presentDocument(view: DocumentView, viewer: Viewer): DocumentDto {
  return {
    ...view,
    can: documentAbilities(viewer, {
      visibility: view.visibility,
      archived: view.archived,
      ownerId: view.owner?.id ?? '',
    }),
  };
}

/** What a search result adds to its view: the viewer's abilities, a snippet and a rounded score. */
export interface HitExtras {
  /** Who may manage the document, from the index (its owner's id even when that account is gone). */
  subject: DocumentSubject;
  snippet: string | null;
  score: number | null;
}

export function presentHit(view: DocumentView, extras: HitExtras, viewer: Viewer): DocumentHit {
  return {
    ...view,
    can: documentAbilities(viewer, extras.subject),
    snippet: extras.snippet,
    score: extras.score,
  };
}

/**
 * presentHit already serialised: the view's JSON, made once when the document was indexed, with the
 * viewer's parts appended. The same text as JSON.stringify(presentHit(...)), without copying and
 * serialising the view on every request (the library's hottest route spent a third of its time so).
 */
export function presentHitJson(viewJson: string, extras: HitExtras, viewer: Viewer): string {
  return `${viewJson.slice(0, -1)},"can":${JSON.stringify(documentAbilities(viewer, extras.subject))},"snippet":${JSON.stringify(extras.snippet)},"score":${JSON.stringify(extras.score)}}`;
}
