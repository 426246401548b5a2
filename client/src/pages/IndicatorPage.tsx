import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { Language } from '@shared/i18n/languages';
import { FIELD_LABELS, FIELD_SECTIONS, type IndicatorDto } from '@shared/schemas/indicator';
import { getIndicator, indicatorExportUrl } from '../api/indicators';
import { queryKeys } from '../api/queryKeys';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useSession } from '../hooks/useSession';
import { DateTime, formatDateTime } from '../components/dates';
import { ErrorMessage, Loading, isNotFound } from '../components/QueryStatus';
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
import { sectionKey } from './indicators/labels';
import { LanguageSwitch, LanguagesSection, TranslationNote } from './indicators/IndicatorLanguages';
import { TranslationForm } from './indicators/TranslationForm';
import { originalTexts, textsFor, type IndicatorTexts } from './indicators/translations';
import { LanguageBadge, contentAttributes } from '../components/ContentLanguage';
import { currentLanguage } from '../i18n';
import '../styles/indicators.css';
import { VISIBILITY_LABELS } from '../components/labels';

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
  const { t } = useTranslation('indicators');
  const { user } = useSession();
  return (
    <div className="page page--narrow">
      <p className="back-link">
        <Link to="/indicators">{t('back', { label: t('list.title') })}</Link>
      </p>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      {!user && <Link to="/sign-in">{t('notFound.signIn')}</Link>}
    </div>
  );
}

/**
 * The metadata fields, section by section, in numbered paragraphs (plain text, never HTML), in the
 * language of `texts` (default: the original): each text carries its own `lang` and `dir`.
 */
export function IndicatorFieldsView({
  indicator,
  texts,
}: {
  indicator: IndicatorDto;
  texts?: IndicatorTexts;
}) {
  const { t } = useTranslation('indicators');
  const shown = texts ?? originalTexts(indicator);
  const paragraphs = paragraphsOf(shown.fields);
  return (
    <>
      {FIELD_SECTIONS.map((section) => (
        <section key={section.title} className="section section--tight indicator-section">
          <h2>{t(sectionKey(section), { defaultValue: section.title })}</h2>
          <dl className="indicator-fields">
            {section.fields.map((f) => (
              <div key={f} className="indicator-field">
                {/* A one-field section named like its field needs no second heading. */}
                <dt className={FIELD_LABELS[f] === section.title ? 'visually-hidden' : undefined}>
                  {t(`fields.${f}`)}
                </dt>
                {shown.translation && shown.fieldLanguages[f] !== shown.language && (
                  <dd className="muted" data-testid={`untranslated-${f}`}>
                    {t('languages.fieldNotTranslated')}
                  </dd>
                )}
                <dd
                  data-testid={`field-${f}`}
                  className="indicator-field__text"
                  {...contentAttributes(shown.fieldLanguages[f])}
                >
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
  const { t } = useTranslation('indicators');
  const { code = '' } = useParams();
  const { isHost } = useSession();
  const { query, notFound } = useIndicator(code);
  const reader = currentLanguage();
  // A language switched to (null: the reader's, when the indicator is translated into it).
  const [chosen, setChosen] = useState<Language | null>(null);
  // The language of the translation form open in place of the texts.
  const [translating, setTranslating] = useState<Language | null>(null);
  const texts = query.data ? textsFor(query.data, reader, chosen) : null;
  useDocumentTitle(query.data && texts ? `${query.data.code} ${texts.title}` : t('indicator.documentTitle'));
  const back = (
    <p className="back-link">
      <Link to="/indicators">{t('back', { label: t('list.title') })}</Link>
    </p>
  );
  if (query.isPending)
    return (
      <div className="page">
        {back}
        <Loading label={t('indicator.loading')} />
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
  const shown = texts ?? originalTexts(ind);
  const showButton = (language: Language) => (
    <button type="button" className="link-button" onClick={() => setChosen(language)} />
  );
  return (
    <div className="page indicator-page">
      {back}
      <header className="page-header">
        <p className="eyebrow">{ind.code}</p>
        <h1 {...contentAttributes(shown.language)}>{shown.title}</h1>
        <p className="doc-result__badges">
          <StatusBadge status={ind.status} />
          {shown.language !== reader && (
            <LanguageBadge language={shown.language} label={t('languages.languageLabel')} />
          )}
          <span className="badge badge--muted">{t('tier', { tier: ind.tier })}</span>
          <span className={ind.visibility === 'public' ? 'badge badge--success' : 'badge badge--muted'}>
            {VISIBILITY_LABELS[ind.visibility]}
          </span>
        </p>
        <p className="meta-line">
          <Trans
            t={t}
            i18nKey={ind.revision.author ? 'indicator.metaBy' : 'indicator.meta'}
            values={{
              custodian: ind.custodian?.name ?? t('indicator.custodianNotAssigned'),
              revision: ind.currentRevision,
              author: ind.revision.author?.name,
            }}
            components={{ date: <DateTime iso={ind.revision.createdAt} /> }}
          />
        </p>
        <LanguageSwitch indicator={ind} shown={shown.language} onShow={setChosen} />
      </header>
      <TranslationNote indicator={ind} texts={shown} reader={reader} anchor={showButton} />

      <div className="indicator-actions" role="group" aria-label={t('indicator.actions')}>
        {ind.can.edit && (
          <Link to={`/indicators/${ind.code}/edit`} className="button">
            {t('indicator.edit')}
          </Link>
        )}
        <a className="button button--secondary" href={indicatorExportUrl(ind.code, 'md')} download>
          {t('indicator.markdown')}
        </a>
        <a className="button button--secondary" href={indicatorExportUrl(ind.code, 'json')} download>
          JSON
        </a>
        <Link
          className="button button--secondary"
          to={`/indicators/${ind.code}/print${shown.language === ind.language ? '' : `?language=${shown.language}`}`}
        >
          {t('indicator.printView')}
        </Link>
      </div>

      {ind.consultation?.open && (
        <div className="notice notice--warning" data-testid="consultation-banner">
          <p className="notice__title">
            {t('indicator.consultationBanner.title', { revision: ind.consultation.revision })}
          </p>
          <p>
            {t(
              ind.currentRevision > ind.consultation.revision
                ? 'indicator.consultationBanner.textDrafting'
                : 'indicator.consultationBanner.text',
              {
                revision: ind.consultation.revision,
                closesAt: formatDateTime(ind.consultation.closesAt),
                current: ind.currentRevision,
              },
            )}
          </p>
        </div>
      )}

      <div className="meeting-layout indicator-layout">
        <div className="meeting-main">
          {translating ? (
            <TranslationForm
              key={translating}
              indicator={ind}
              language={translating}
              onDone={(saved) => {
                setTranslating(null);
                if (saved) setChosen(saved);
              }}
            />
          ) : (
            <IndicatorFieldsView indicator={ind} texts={shown} />
          )}
          {ind.consultation && ind.can.readPositions && <ConsultationSection indicator={ind} />}
          {ind.consultation && ind.can.readPositions && (
            <section className="section" aria-labelledby="positions-heading">
              <h2 id="positions-heading">{t('indicator.positions')}</h2>
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
        <aside className="indicator-aside" aria-label={t('indicator.aside')}>
          {ind.can.transitions.length > 0 && <StatusChangeForm indicator={ind} />}
          {ind.can.changeVisibility && <VisibilityForm indicator={ind} isHost={isHost} />}
          <LanguagesSection indicator={ind} onShow={setChosen} onTranslate={setTranslating} />
          <section className="section section--tight" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t('indicator.timeline')}</h2>
            <Timeline transitions={ind.transitions} />
          </section>
          <section className="section section--tight" aria-labelledby="history-heading">
            <h2 id="history-heading">{t('indicator.revisions')}</h2>
            <RevisionHistory indicator={ind} />
          </section>
        </aside>
      </div>
    </div>
  );
}
