import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
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
import { sectionKey } from '../indicators/labels';
import '../../styles/indicators.css';

/**
 * `/indicators/:code/consultation`: the revision in consultation, paragraph by paragraph, with the
 * comments on each; members comment on behalf of their organisation, drafts stay theirs until
 * submitted. Refreshes live (`entity:changed` for the indicator).
 */
export function ConsultationPage() {
  const { t } = useTranslation('indicators');
  const { code = '' } = useParams();
  useDocumentTitle(t('consultation.documentTitle', { code }));
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
  if (text.isPending || comments.isPending) return <Loading label={t('consultation.loading')} />;
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
                {t('consultation.commentOn', { number: p.number })}
              </button>
            </div>
          ))}
      </div>
    );
  };

  return (
    <div className="page consultation-page">
      <p className="back-link">
        <Link to={`/indicators/${code}`}>{t('back', { label: code })}</Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">{t('consultation.eyebrow', { code })}</p>
        <h1>{t('consultation.title', { revision: consultation?.revision ?? text.data.currentRevision })}</h1>
        {consultation ? (
          <p>
            {t(consultation.open ? 'consultation.openUntil' : 'consultation.closed', {
              date: formatDateTime(consultation.closesAt),
            })}{' '}
            {t('consultation.counts', { count: list.total, undisposed: list.undisposed })}{' '}
            <Link to={`/indicators/${code}/comments`}>{t('consultation.compilationLink')}</Link>
          </p>
        ) : (
          <p className="notice">{t('consultation.never')}</p>
        )}
        {consultation && text.data.currentRevision > consultation.revision && (
          <p className="muted">
            {t('consultation.draftingWentOn', {
              current: text.data.currentRevision,
              revision: consultation.revision,
            })}
          </p>
        )}
        {list.can.comment && <p className="muted">{t('consultation.howTo')}</p>}
      </header>
      {consultation?.open && <ObserverHint what={t('observerHint.consultation')} />}
      {FIELD_SECTIONS.map((section) => (
        <section key={section.title} className="section section--tight indicator-section">
          <h2>{t(sectionKey(section), { defaultValue: section.title })}</h2>
          {section.fields.map((f) => (
            <div key={f} className="indicator-field">
              {FIELD_LABELS[f] !== section.title && (
                <h3 className="indicator-field__label">{t(`fields.${f}`)}</h3>
              )}
              <NumberedParagraphs paragraphs={paragraphs.filter((p) => p.field === f)} after={below} />
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
