import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { FIELD_LABELS, FIELD_SECTIONS } from '@shared/schemas/indicator';
import type { Paragraph } from '@shared/paragraphs';
import type { CommentDto } from '@shared/schemas/consultation';
import { consultationKeys, getConsultationText, listComments } from '../../api/consultation';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { ErrorMessage, Loading, isNotFound } from '../../components/QueryStatus';
import { formatDateTime } from '../../components/dates';
import { ObserverHint } from '../../components/ObserverHint';
import { IndicatorNotFound } from '../IndicatorPage';
import { NumberedParagraphs } from './NumberedParagraphs';
import { CommentCard } from './CommentCard';
import { CommentForm } from './CommentForm';
import { DraftActions } from './DraftActions';
import '../../styles/indicators.css';

/**
 * `/indicators/:code/consultation`: the revision in consultation, paragraph by paragraph, with the
 * comments on each; members comment on behalf of their organisation, drafts stay theirs until
 * submitted. Refreshes live (`entity:changed` for the indicator).
 */
export function ConsultationPage() {
  const { code = '' } = useParams();
  useDocumentTitle(`${code}: comments on the draft`);
  const text = useQuery({
    queryKey: consultationKeys.text(code),
    queryFn: ({ signal }) => getConsultationText(code, signal),
  });
  const comments = useQuery({
    queryKey: consultationKeys.comments(code),
    queryFn: ({ signal }) => listComments(code, {}, signal),
  });
  const [editing, setEditing] = useState<string | null>(null);
  if (isNotFound(text.error)) return <IndicatorNotFound />;
  if (text.isPending || comments.isPending) return <Loading label="Loading the draft…" />;
  if (text.isError) return <ErrorMessage error={text.error} onRetry={() => void text.refetch()} />;
  if (comments.isError)
    return <ErrorMessage error={comments.error} onRetry={() => void comments.refetch()} />;
  const { consultation, paragraphs } = text.data;
  const list = comments.data;
  const byParagraph = new Map<string, CommentDto[]>();
  for (const c of list.items)
    byParagraph.set(c.paragraph.id, [...(byParagraph.get(c.paragraph.id) ?? []), c]);

  const below = (p: Paragraph) => {
    const here = byParagraph.get(p.id) ?? [];
    return (
      <div className="paragraph-comments" data-testid={`comments-${p.number}`}>
        {here.map((c) =>
          editing === c.id ? (
            <CommentForm key={c.id} code={code} paragraph={p} draft={c} onDone={() => setEditing(null)} />
          ) : (
            <CommentCard key={c.id} code={code} comment={c}>
              {c.can.edit && <DraftActions code={code} comment={c} onEdit={() => setEditing(c.id)} />}
            </CommentCard>
          ),
        )}
        {list.can.comment &&
          (editing === p.id ? (
            <CommentForm code={code} paragraph={p} onDone={() => setEditing(null)} />
          ) : (
            <div>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setEditing(p.id)}
              >
                Comment on ¶{p.number}
              </button>
            </div>
          ))}
      </div>
    );
  };

  return (
    <div className="page consultation-page">
      <p className="back-link">
        <Link to={`/indicators/${code}`}>← {code}</Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">{code} · consultation</p>
        <h1>Comments on revision {consultation?.revision ?? text.data.currentRevision}</h1>
        {consultation ? (
          <p>
            {consultation.open ? 'Open until' : 'Closed'} {formatDateTime(consultation.closesAt)}.{' '}
            {list.total} submitted {list.total === 1 ? 'comment' : 'comments'}, {list.undisposed} awaiting a
            disposition. <Link to={`/indicators/${code}/comments`}>The compilation of all comments</Link>
          </p>
        ) : (
          <p className="notice">This indicator has not been in consultation.</p>
        )}
        {consultation && text.data.currentRevision > consultation.revision && (
          <p className="muted">
            Drafting went on: the current text is revision {text.data.currentRevision}. Comments are made on
            revision {consultation.revision}, the one in consultation.
          </p>
        )}
        {list.can.comment && (
          <p className="muted">
            Comment on a paragraph on behalf of your organisation. Drafts are seen by your organisation only
            until you submit them.
          </p>
        )}
      </header>
      {consultation?.open && <ObserverHint what="comment on behalf of their organisation" />}
      {FIELD_SECTIONS.map((section) => (
        <section key={section.title} className="section section--tight indicator-section">
          <h2>{section.title}</h2>
          {section.fields.map((f) => (
            <div key={f} className="indicator-field">
              {FIELD_LABELS[f] !== section.title && (
                <h3 className="indicator-field__label">{FIELD_LABELS[f]}</h3>
              )}
              <NumberedParagraphs paragraphs={paragraphs.filter((p) => p.field === f)} after={below} />
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
