import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { clauseNumber } from '@shared/paragraphs';
import type { CommentDto } from '@shared/schemas/consultation';
import { formatDateTime } from '../../components/dates';
import { DiffSegments } from '../indicators/DiffView';
import '../../styles/consultation.css';
import { ORG_CATEGORY_LABELS } from '../../components/labels';
import { Isolated } from '../../components/UserText';

/** Where the commented paragraph is in the current revision (shown in the compilation). */
function AnchorNote({ comment }: { comment: CommentDto }) {
  const { t } = useTranslation('indicators');
  const { anchor, paragraph } = comment;
  if (anchor.revision === comment.revision) return null;
  if (anchor.status === 'attached')
    return (
      <p className="muted" data-testid="anchor">
        {anchor.number !== paragraph.number
          ? t('comment.anchor.moved', { revision: anchor.revision, number: anchor.number })
          : t('comment.anchor.unchanged', { revision: anchor.revision })}
      </p>
    );
  return (
    <div data-testid="anchor">
      <p className="muted">
        {anchor.status === 'changed'
          ? t('comment.anchor.changed', { revision: anchor.revision, number: anchor.number })
          : t('comment.anchor.removed', { revision: anchor.revision })}{' '}
        {t('comment.anchor.original', { revision: comment.revision })}
      </p>
      <blockquote className="comment-card__original" dir="auto">
        {paragraph.text}
      </blockquote>
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
  const { t } = useTranslation('indicators');
  const d = comment.disposition;
  return (
    <article
      className={comment.status === 'draft' ? 'comment-card comment-card--draft' : 'comment-card'}
      id={`comment-${comment.id}`}
      data-testid="comment"
      aria-label={t('comment.label', {
        organisation: comment.organisation.name,
        number: comment.paragraph.number,
      })}
    >
      <p className="comment-card__head">
        <span className="comment-card__org" dir="auto">
          {comment.organisation.name}
        </span>
        <span className="muted">{ORG_CATEGORY_LABELS[comment.organisation.category]}</span>
        <span className="badge badge--muted">{t(`commentType.${comment.type}`)}</span>
        {comment.status === 'draft' && <span className="badge badge--warning">{t('comment.draft')}</span>}
        {showParagraph && (
          <Link to={`/indicators/${code}/consultation#para-${comment.paragraph.number}`}>
            {t('paragraphs.number', { number: comment.paragraph.number })} · {clauseNumber(comment.field)}{' '}
            {t(`fields.${comment.field}`)}
          </Link>
        )}
      </p>
      {showParagraph && <AnchorNote comment={comment} />}
      {comment.quote && (
        <blockquote className="comment-card__quote">
          <Isolated t={t} i18nKey="quoted" isolated={{ text: comment.quote }} />
        </blockquote>
      )}
      <p className="prose-text" dir="auto">
        {comment.comment}
      </p>
      {comment.proposedDiff && (
        <div className="comment-card__diff">
          <p className="muted">{t('comment.proposedChange')}</p>
          <p className="prose-text" data-testid="proposed-change" dir="auto">
            <DiffSegments segments={comment.proposedDiff} />
          </p>
        </div>
      )}
      <p className="muted">
        {comment.status === 'submitted' ? (
          comment.submittedAt ? (
            <Isolated
              t={t}
              i18nKey="comment.submittedAt"
              isolated={{
                name: comment.submittedBy?.name ?? t('comment.someone'),
                date: formatDateTime(comment.submittedAt),
              }}
            />
          ) : (
            <Isolated
              t={t}
              i18nKey="comment.submitted"
              isolated={{ name: comment.submittedBy?.name ?? t('comment.someone') }}
            />
          )
        ) : (
          <Isolated
            t={t}
            i18nKey="comment.drafted"
            isolated={{
              name: comment.author?.name ?? t('comment.someone'),
              date: formatDateTime(comment.updatedAt),
            }}
          />
        )}
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
                <strong>{t(`disposition.${d.decision}`)}</strong>
                {d.by && (
                  <>
                    {' — '}
                    <bdi>{d.by.name}</bdi>
                    {t('listSeparator')}
                    <bdi>{formatDateTime(d.at)}</bdi>
                  </>
                )}
              </p>
              {d.response && (
                <p className="prose-text" dir="auto">
                  {d.response}
                </p>
              )}
              {d.addressedInRevision && (
                <p>
                  <Link to={`/indicators/${code}/diff?from=${comment.revision}&to=${d.addressedInRevision}`}>
                    {t('comment.addressedIn', { revision: d.addressedInRevision })}
                  </Link>
                </p>
              )}
            </>
          ) : (
            <p>{t('comment.awaiting')}</p>
          )}
        </div>
      )}
      {children}
    </article>
  );
}
