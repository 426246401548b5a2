import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ORG_CATEGORY_LABELS } from '@shared/roles';
import { COMMENT_TYPE_LABELS, DISPOSITION_LABELS, type CommentDto } from '@shared/schemas/consultation';
import { formatDateTime } from '../../components/dates';
import { DiffSegments } from '../indicators/DiffView';
import '../../styles/consultation.css';

/** Where the commented paragraph is in the current revision (shown in the compilation). */
function AnchorNote({ comment }: { comment: CommentDto }) {
  const { anchor, paragraph } = comment;
  if (anchor.revision === comment.revision) return null;
  if (anchor.status === 'attached')
    return (
      <p className="muted" data-testid="anchor">
        Unchanged in revision {anchor.revision}
        {anchor.number !== paragraph.number && `, now ¶${anchor.number}`}.
      </p>
    );
  return (
    <div data-testid="anchor">
      <p className="muted">
        {anchor.status === 'changed'
          ? `Changed in revision ${anchor.revision} (now ¶${anchor.number}).`
          : `Removed in revision ${anchor.revision}.`}{' '}
        The comment was made on this text of revision {comment.revision}:
      </p>
      <blockquote className="comment-card__original">{paragraph.text}</blockquote>
    </div>
  );
}

/**
 * One comment: organisation, type, the quoted passage, the comment, the proposed change as a word
 * diff against the paragraph, and its disposition. `children` holds the controls the viewer may use.
 */
export function CommentCard({
  code,
  comment,
  showParagraph = false,
  children,
}: {
  code: string;
  comment: CommentDto;
  /** The compilation shows which paragraph it is about; the consultation page shows it beside the paragraph. */
  showParagraph?: boolean;
  children?: ReactNode;
}) {
  const d = comment.disposition;
  return (
    <article
      className={comment.status === 'draft' ? 'comment-card comment-card--draft' : 'comment-card'}
      id={`comment-${comment.id}`}
      data-testid="comment"
      aria-label={`Comment by ${comment.organisation.name} on paragraph ${comment.paragraph.number}`}
    >
      <p className="comment-card__head">
        <span className="comment-card__org">{comment.organisation.name}</span>
        <span className="muted">{ORG_CATEGORY_LABELS[comment.organisation.category]}</span>
        <span className="badge badge--muted">{COMMENT_TYPE_LABELS[comment.type]}</span>
        {comment.status === 'draft' && <span className="badge badge--warning">Draft — not submitted</span>}
        {showParagraph && (
          <Link to={`/indicators/${code}/consultation#para-${comment.paragraph.number}`}>
            ¶{comment.paragraph.number} · {comment.clause}
          </Link>
        )}
      </p>
      {showParagraph && <AnchorNote comment={comment} />}
      {comment.quote && <blockquote className="comment-card__quote">“{comment.quote}”</blockquote>}
      <p className="prose-text">{comment.comment}</p>
      {comment.proposedDiff && (
        <div className="comment-card__diff">
          <p className="muted">Proposed change:</p>
          <p className="prose-text" data-testid="proposed-change">
            <DiffSegments segments={comment.proposedDiff} />
          </p>
        </div>
      )}
      <p className="muted">
        {comment.status === 'submitted'
          ? `Submitted by ${comment.submittedBy?.name ?? 'someone'}${comment.submittedAt ? `, ${formatDateTime(comment.submittedAt)}` : ''}`
          : `Drafted by ${comment.author?.name ?? 'someone'}, last changed ${formatDateTime(comment.updatedAt)}`}
      </p>
      {comment.status === 'submitted' && (
        <div
          className={
            d ? 'comment-card__disposition' : 'comment-card__disposition comment-card__disposition--pending'
          }
          data-testid="disposition"
        >
          {d ? (
            <>
              <p>
                <strong>{DISPOSITION_LABELS[d.decision]}</strong>
                {d.by && ` — ${d.by.name}, ${formatDateTime(d.at)}`}
              </p>
              {d.response && <p className="prose-text">{d.response}</p>}
              {d.addressedInRevision && (
                <p>
                  <Link to={`/indicators/${code}/diff?from=${comment.revision}&to=${d.addressedInRevision}`}>
                    Addressed in revision {d.addressedInRevision}
                  </Link>
                </p>
              )}
            </>
          ) : (
            <p>Awaiting a disposition.</p>
          )}
        </div>
      )}
      {children}
    </article>
  );
}
