import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { FIELD_LABELS, FIELD_SECTIONS, type IndicatorDto } from '@shared/schemas/indicator';
import { getIndicator, indicatorExportUrl } from '../api/indicators';
import { queryKeys } from '../api/queryKeys';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useSession } from '../hooks/useSession';
import { DateTime, formatDateTime } from '../components/dates';
import { ErrorMessage, Loading, isNotFound } from '../components/QueryStatus';
import { VISIBILITY_LABELS } from '../components/labels';
import { StatusBadge } from './indicators/StatusBadge';
import { Timeline } from './indicators/Timeline';
import { VisibilityForm } from './indicators/VisibilityForm';
import { StatusChangeForm } from './indicators/StatusChangeForm';
import { PositionsPanel } from './indicators/PositionsPanel';
import { RevisionHistory } from './indicators/RevisionHistory';
import { DiscussionSection } from './discussions/SubjectDiscussion';
import { paragraphsOf } from '@shared/paragraphs';
import { NumberedParagraphs } from './consultation/NumberedParagraphs';
import { ConsultationSection } from './consultation/ConsultationSection';
import '../styles/indicators.css';

/** Loads one indicator for the indicator pages; 404 and 400 both read as "not found". */
export function useIndicator(code: string) {
  const query = useQuery({
    queryKey: queryKeys.indicator(code),
    queryFn: ({ signal }) => getIndicator(code, signal),
  });
  const notFound = isNotFound(query.error);
  return { query, notFound };
}

export function IndicatorNotFound() {
  const { user } = useSession();
  return (
    <div className="page page--narrow">
      <p className="back-link">
        <Link to="/indicators">← Indicators</Link>
      </p>
      <h1>Indicator not found</h1>
      <p>There is no indicator with this code, or it is for members only.</p>
      {!user && <Link to="/sign-in">Sign in</Link>}
    </div>
  );
}

/** The metadata fields, section by section, in numbered paragraphs (plain text, never HTML). */
export function IndicatorFieldsView({ indicator }: { indicator: IndicatorDto }) {
  const paragraphs = paragraphsOf(indicator.fields);
  return (
    <>
      {FIELD_SECTIONS.map((section) => (
        <section key={section.title} className="section section--tight indicator-section">
          <h2>{section.title}</h2>
          <dl className="indicator-fields">
            {section.fields.map((f) => (
              <div key={f} className="indicator-field">
                {/* A one-field section named like its field needs no second heading. */}
                <dt className={FIELD_LABELS[f] === section.title ? 'visually-hidden' : undefined}>
                  {FIELD_LABELS[f]}
                </dt>
                <dd data-testid={`field-${f}`} className="indicator-field__text">
                  <NumberedParagraphs paragraphs={paragraphs.filter((p) => p.field === f)} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}

/** `/indicators/:code`: an indicator's metadata, status, timeline, consultation, history and discussion. */
export function IndicatorPage() {
  const { code = '' } = useParams();
  const { isHost } = useSession();
  const { query, notFound } = useIndicator(code);
  useDocumentTitle(query.data ? `${query.data.code} ${query.data.title}` : 'Indicator');
  const back = (
    <p className="back-link">
      <Link to="/indicators">← Indicators</Link>
    </p>
  );
  if (query.isPending)
    return (
      <div className="page">
        {back}
        <Loading label="Loading the indicator…" />
      </div>
    );
  if (notFound) return <IndicatorNotFound />;
  if (query.isError)
    return (
      <div className="page">
        {back}
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  const ind = query.data;
  return (
    <div className="page indicator-page">
      {back}
      <header className="page-header">
        <p className="eyebrow">{ind.code}</p>
        <h1>{ind.title}</h1>
        <p className="doc-result__badges">
          <StatusBadge status={ind.status} />
          <span className="badge badge--muted">Tier {ind.tier}</span>
          <span className={ind.visibility === 'public' ? 'badge badge--success' : 'badge badge--muted'}>
            {VISIBILITY_LABELS[ind.visibility]}
          </span>
        </p>
        <p className="meta-line">
          Custodian: {ind.custodian?.name ?? 'not assigned'} · Revision {ind.currentRevision} of{' '}
          <DateTime iso={ind.revision.createdAt} />
          {ind.revision.author && ` by ${ind.revision.author.name}`}
        </p>
      </header>

      <div className="indicator-actions" role="group" aria-label="Indicator actions">
        {ind.can.edit && (
          <Link to={`/indicators/${ind.code}/edit`} className="button">
            Edit
          </Link>
        )}
        <a className="button button--secondary" href={indicatorExportUrl(ind.code, 'md')} download>
          Markdown
        </a>
        <a className="button button--secondary" href={indicatorExportUrl(ind.code, 'json')} download>
          JSON
        </a>
        <Link className="button button--secondary" to={`/indicators/${ind.code}/print`}>
          Print view
        </Link>
      </div>

      {ind.consultation?.open && (
        <div className="notice notice--warning" data-testid="consultation-banner">
          <p className="notice__title">In consultation on revision {ind.consultation.revision}</p>
          <p>
            Member organisations respond to revision {ind.consultation.revision} until{' '}
            {formatDateTime(ind.consultation.closesAt)}.
            {ind.currentRevision > ind.consultation.revision &&
              ` Drafting went on since: the current text is revision ${ind.currentRevision}.`}
          </p>
        </div>
      )}

      <div className="meeting-layout indicator-layout">
        <div className="meeting-main">
          <IndicatorFieldsView indicator={ind} />
          {ind.consultation && ind.can.readPositions && <ConsultationSection indicator={ind} />}
          {ind.consultation && ind.can.readPositions && (
            <section className="section" aria-labelledby="positions-heading">
              <h2 id="positions-heading">Positions</h2>
              <PositionsPanel indicator={ind} />
            </section>
          )}
          <DiscussionSection
            subjectType="indicator"
            subjectId={ind.id}
            title={`${ind.code} ${ind.title}`}
            visibility={ind.visibility}
          />
        </div>
        <aside className="indicator-aside" aria-label="Status and history">
          {ind.can.transitions.length > 0 && <StatusChangeForm indicator={ind} />}
          {ind.can.changeVisibility && <VisibilityForm indicator={ind} isHost={isHost} />}
          <section className="section section--tight" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">Timeline</h2>
            <Timeline transitions={ind.transitions} />
          </section>
          <section className="section section--tight" aria-labelledby="history-heading">
            <h2 id="history-heading">Revisions</h2>
            <RevisionHistory indicator={ind} />
          </section>
        </aside>
      </div>
    </div>
  );
}
