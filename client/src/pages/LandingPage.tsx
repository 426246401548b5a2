import { Link } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import { ORG_CATEGORIES, type OrgCategory } from '@shared/roles';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { LatestReport } from '../components/LatestReport';
import { ORG_CATEGORY_LABELS } from '../components/labels';

/** Who the workspace is for: the catalogue keys (`home:landing.audience.*`) of each group's line. */
const AUDIENCES = ['ngos', 'hotlines', 'companies', 'internationalOrganisations', 'governments'] as const;

/** What members do here: the catalogue keys (`home:landing.activities.*`) of each line. */
const ACTIVITIES = ['indicators', 'discuss', 'positions', 'documents', 'followUps'] as const;

/** Each category's note: its catalogue key under `home:landing.categories`. */
const CATEGORY_NOTE_KEYS: Record<OrgCategory, string> = {
  industry: 'industry',
  'civil-society': 'civilSociety',
  'international-organisation': 'internationalOrganisation',
  government: 'government',
  hotline: 'hotline',
  academia: 'academia',
  other: 'other',
};

/** The public front page for anonymous visitors. */
export function LandingPage() {
  const { t } = useTranslation('home');
  useDocumentTitle(null);
  return (
    <div className="page landing">
      <section className="hero" aria-labelledby="landing-title">
        <p className="eyebrow">{t('landing.eyebrow')}</p>
        <h1 id="landing-title">{t('landing.title')}</h1>
        <p className="lead">{t('landing.lead')}</p>
        <div className="hero__actions">
          <Link to="/sign-in" className="button button--large">
            {t('landing.signIn')}
          </Link>
          <Link to="/members" className="button button--secondary button--large">
            {t('landing.browseDirectory')}
          </Link>
          <Link to="/apply" className="button button--secondary button--large">
            {t('landing.apply')}
          </Link>
        </div>
        <p className="hero__more">
          <Trans
            t={t}
            i18nKey="landing.findReports"
            components={{ anchor: <Link to="/library?kind=report" /> }}
          />
        </p>
      </section>

      <section className="section start-here" aria-labelledby="start-heading">
        <h2 id="start-heading">{t('landing.start.heading')}</h2>
        <p>{t('landing.start.text')}</p>
        <ol className="link-grid start-here__steps">
          <li>
            <Link to="/meetings" className="link-card">
              <span className="link-card__title">{t('landing.start.reportsTitle')}</span>
              <span className="link-card__text">{t('landing.start.reportsText')}</span>
            </Link>
          </li>
          <li>
            <Link to="/members" className="link-card">
              <span className="link-card__title">{t('landing.start.directoryTitle')}</span>
              <span className="link-card__text">{t('landing.start.directoryText')}</span>
            </Link>
          </li>
          <li>
            <Link to="/glossary" className="link-card">
              <span className="link-card__title">{t('landing.start.glossaryTitle')}</span>
              <span className="link-card__text">{t('landing.start.glossaryText')}</span>
            </Link>
          </li>
        </ol>
      </section>

      <div className="grid grid--2">
        <section className="section" aria-labelledby="audience-heading">
          <h2 id="audience-heading">{t('landing.audience.heading')}</h2>
          <p>{t('landing.audience.intro')}</p>
          <ul className="feature-list">
            {AUDIENCES.map((key) => (
              <li key={key}>
                <Trans t={t} i18nKey={`landing.audience.${key}`} components={{ strong: <strong /> }} />
              </li>
            ))}
          </ul>
        </section>
        <section className="section" aria-labelledby="activities-heading">
          <h2 id="activities-heading">{t('landing.activities.heading')}</h2>
          <ul className="feature-list">
            {ACTIVITIES.map((key) => (
              <li key={key}>
                <Trans t={t} i18nKey={`landing.activities.${key}`} components={{ strong: <strong /> }} />
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section className="section" aria-labelledby="categories-heading">
        <div className="section__header">
          <h2 id="categories-heading">{t('landing.categories.heading')}</h2>
          <Link to="/members">{t('common:links.memberDirectory')}</Link>
        </div>
        <ul className="category-grid">
          {ORG_CATEGORIES.map((category) => (
            <li key={category} className="category-grid__item">
              <Link to={`/members?category=${category}`} className="category-grid__link">
                {ORG_CATEGORY_LABELS[category]}
              </Link>
              <span className="category-grid__note">
                {t(`landing.categories.${CATEGORY_NOTE_KEYS[category]}`)}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <LatestReport />

      <section className="section callout" aria-labelledby="cta-heading">
        <h2 id="cta-heading">{t('landing.member.heading')}</h2>
        <p>{t('landing.member.text')}</p>
        <p className="callout__actions">
          <Link to="/sign-in" className="button">
            {t('landing.member.signIn')}
          </Link>
          <Link to="/meetings" className="button button--secondary">
            {t('landing.member.pastMeetings')}
          </Link>
        </p>
      </section>

      <section className="section callout" aria-labelledby="apply-heading">
        <h2 id="apply-heading">{t('landing.join.heading')}</h2>
        <p>{t('landing.join.text')}</p>
        <p className="callout__actions">
          <Link to="/apply" className="button">
            {t('landing.apply')}
          </Link>
        </p>
      </section>
    </div>
  );
}
