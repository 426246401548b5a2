import { Link } from 'react-router';
import type { UserDto } from '@shared/schemas/auth';
import { useSession } from '../hooks/useSession';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { LatestReport } from '../components/LatestReport';
import { Loading } from '../components/QueryStatus';
import { ROLE_LABELS, firstName } from '../components/labels';
import { LandingPage } from './LandingPage';

const AREAS = [
  {
    to: '/catch-up',
    title: 'Catch up',
    text: 'New here? Reports, indicators, decisions and open work at a glance.',
  },
  { to: '/follow-ups', title: 'Follow-ups', text: 'What meetings agreed, who does it, and what is overdue.' },
  {
    to: '/indicators',
    title: 'Indicators',
    text: 'Drafts on child sexual abuse material online, their revisions and positions.',
  },
  { to: '/discussions', title: 'Discussions', text: 'Live threads with the other members.' },
  { to: '/library', title: 'Library', text: 'Reports, presentations and research, with versions.' },
  { to: '/meetings', title: 'Meetings', text: 'Past sessions, their reports and follow-ups.' },
  { to: '/members', title: 'Members', text: 'Who is in the coalition, by category.' },
  { to: '/glossary', title: 'Glossary', text: 'The coalition’s terminology.' },
  { to: '/account', title: 'Your account', text: 'Your details and your password.' },
];

function SignedInHome({ user }: { user: UserDto }) {
  useDocumentTitle('Home');
  const areas =
    user.role === 'host'
      ? [
          ...AREAS,
          { to: '/admin', title: 'Admin', text: 'Accounts, organisations, applications and the audit log.' },
        ]
      : AREAS;
  return (
    <div className="page">
      <header className="page-header">
        {/* A first sign-in is no "welcome back". */}
        <h1>
          {user.previousVisitAt ? 'Welcome back' : 'Welcome'}, {firstName(user.name)}
        </h1>
        <p className="lead" data-testid="home-identity">
          Signed in as {user.name}
          {user.organisation ? ` of ${user.organisation.name}` : ''}{' '}
          <span className="badge">{ROLE_LABELS[user.role]}</span>
        </p>
        <p data-testid="home-catch-up">
          {user.previousVisitAt ? (
            <>
              See <Link to="/catch-up">what changed since your last visit</Link>.
            </>
          ) : (
            <>
              New here? <Link to="/catch-up">Catch up</Link> on the coalition’s reports, indicators and open
              work first.
            </>
          )}
        </p>
      </header>
      <section className="section" aria-labelledby="areas-heading">
        <h2 id="areas-heading">Your workspace</h2>
        <ul className="link-grid">
          {areas.map((area) => (
            <li key={area.to}>
              <Link to={area.to} className="link-card">
                <span className="link-card__title">{area.title}</span>
                <span className="link-card__text">{area.text}</span>
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
