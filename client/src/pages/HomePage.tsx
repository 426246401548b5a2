import { Link } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import type { UserDto } from '@shared/schemas/auth';
import { useSession } from '../hooks/useSession';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { LatestReport } from '../components/LatestReport';
import { Loading } from '../components/QueryStatus';
import { ROLE_LABELS, firstName } from '../components/labels';
import { LandingPage } from './LandingPage';

/** The areas of the workspace, each with its title and line under `home:home.areas` (`<key>Title`, `<key>Text`). */
const AREAS = [
  { to: '/catch-up', key: 'catchUp' },
  { to: '/follow-ups', key: 'followUps' },
  { to: '/indicators', key: 'indicators' },
  { to: '/discussions', key: 'discussions' },
  { to: '/library', key: 'library' },
  { to: '/meetings', key: 'meetings' },
  { to: '/members', key: 'members' },
  { to: '/glossary', key: 'glossary' },
  { to: '/account', key: 'account' },
];

function SignedInHome({ user }: { user: UserDto }) {
  const { t } = useTranslation('home');
  useDocumentTitle(t('common:nav.home'));
  const areas = user.role === 'host' ? [...AREAS, { to: '/admin', key: 'admin' }] : AREAS;
  const name = firstName(user.name);
  return (
    <div className="page">
      <header className="page-header">
        {/* A first sign-in is no "welcome back". */}
        <h1>{user.previousVisitAt ? t('home.welcomeBack', { name }) : t('home.welcome', { name })}</h1>
        <p className="lead" data-testid="home-identity">
          <Trans
            t={t}
            i18nKey={user.organisation ? 'home.signedInAsOf' : 'home.signedInAs'}
            values={{ name: user.name, organisation: user.organisation?.name, role: ROLE_LABELS[user.role] }}
            components={{ badge: <span className="badge" /> }}
          />
        </p>
        <p data-testid="home-catch-up">
          <Trans
            t={t}
            i18nKey={user.previousVisitAt ? 'home.sinceLastVisit' : 'home.newHere'}
            components={{ anchor: <Link to="/catch-up" /> }}
          />
        </p>
      </header>
      <section className="section" aria-labelledby="areas-heading">
        <h2 id="areas-heading">{t('home.areasHeading')}</h2>
        <ul className="link-grid">
          {areas.map((area) => (
            <li key={area.to}>
              <Link to={area.to} className="link-card">
                <span className="link-card__title">{t(`home.areas.${area.key}Title`)}</span>
                <span className="link-card__text">{t(`home.areas.${area.key}Text`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <LatestReport />
    </div>
  );
}

/** `/`: the landing page for visitors, the member home once signed in. */
export function HomePage() {
  const { user, isLoading } = useSession();
  if (isLoading) return <Loading />;
  return user ? <SignedInHome user={user} /> : <LandingPage />;
}
