import { Link } from 'react-router';
import { ORG_CATEGORIES, ORG_CATEGORY_LABELS, type OrgCategory } from '@shared/roles';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { LatestReport } from '../components/LatestReport';

const AUDIENCES = [
  { title: 'NGOs', text: 'such as ECPAT International and ICMEC, working for children’s rights.' },
  {
    title: 'Hotlines',
    text: 'such as INHOPE and the Internet Watch Foundation, where the public reports abuse material.',
  },
  { title: 'Companies', text: 'from the technology and ICT industry, such as Microsoft.' },
  { title: 'International organisations', text: 'such as ITU and UNICEF.' },
  { title: 'Governments', text: 'ministries and regulators, such as MCIT Egypt.' },
];

const ACTIVITIES = [
  {
    title: 'Develop indicators',
    text: 'Draft and revise indicators on child sexual abuse material online, for advocacy at higher policy level.',
  },
  {
    title: 'Discuss in real time',
    text: 'Talk drafts through in threads that update live, between and during sessions.',
  },
  {
    title: 'Record positions',
    text: 'Say where your organisation stands during a consultation, on the record.',
  },
  {
    title: 'Share documents',
    text: 'Keep session reports, presentations and research in one library, with every version.',
  },
  {
    title: 'Track follow-ups',
    text: 'See who agreed to do what after each meeting, and whether it is done.',
  },
];

const CATEGORY_NOTES: Record<OrgCategory, string> = {
  industry: 'Technology companies and ICT industry associations.',
  'civil-society': 'NGOs and foundations working for children.',
  'international-organisation': 'UN agencies and other intergovernmental bodies.',
  government: 'Ministries and public authorities.',
  hotline: 'Services that receive public reports of abuse material.',
  academia: 'Universities and researchers.',
  other: 'Organisations that fit none of the above.',
};

/** The public front page for anonymous visitors. */
export function LandingPage() {
  useDocumentTitle(null);
  return (
    <div className="page landing">
      <section className="hero" aria-labelledby="landing-title">
        <p className="eyebrow">Dynamic Coalition on Child Online Safety</p>
        <h1 id="landing-title">The coalition’s shared workspace for keeping children safe online</h1>
        <p className="lead">
          One place for the coalition’s members to develop indicators on child sexual abuse material online,
          discuss them in real time, share documents and follow up on what each meeting agreed.
        </p>
        <div className="hero__actions">
          <Link to="/sign-in" className="button button--large">
            Member sign-in
          </Link>
          <Link to="/members" className="button button--secondary button--large">
            Browse the member directory
          </Link>
          <Link to="/apply" className="button button--secondary button--large">
            Apply to join
          </Link>
        </div>
        <p className="hero__more">
          <Link to="/library?kind=report">Find past reports</Link> in the coalition’s document library.
        </p>
      </section>

      <section className="section start-here" aria-labelledby="start-heading">
        <h2 id="start-heading">Start here</h2>
        <p>
          New to the coalition? Its focus is developing indicators on child sexual abuse material online, so
          that the problem can be measured and argued for at the highest policy level. Catch up on its history
          in three steps:
        </p>
        <ol className="link-grid start-here__steps">
          <li>
            <Link to="/meetings" className="link-card">
              <span className="link-card__title">Session reports</span>
              <span className="link-card__text">What each meeting discussed and agreed, year by year.</span>
            </Link>
          </li>
          <li>
            <Link to="/members" className="link-card">
              <span className="link-card__title">Member directory</span>
              <span className="link-card__text">Who takes part, by member category.</span>
            </Link>
          </li>
          <li>
            <Link to="/glossary" className="link-card">
              <span className="link-card__title">Glossary</span>
              <span className="link-card__text">
                The terms the coalition uses, and what it means by them.
              </span>
            </Link>
          </li>
        </ol>
      </section>

      <div className="grid grid--2">
        <section className="section" aria-labelledby="audience-heading">
          <h2 id="audience-heading">Who it is for</h2>
          <p>Delegates of the coalition’s member organisations, from every stakeholder group:</p>
          <ul className="feature-list">
            {AUDIENCES.map((a) => (
              <li key={a.title}>
                <strong>{a.title}</strong> {a.text}
              </li>
            ))}
          </ul>
        </section>
        <section className="section" aria-labelledby="activities-heading">
          <h2 id="activities-heading">What members do here</h2>
          <ul className="feature-list">
            {ACTIVITIES.map((a) => (
              <li key={a.title}>
                <strong>{a.title}.</strong> {a.text}
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section className="section" aria-labelledby="categories-heading">
        <div className="section__header">
          <h2 id="categories-heading">Member categories</h2>
          <Link to="/members">Member directory</Link>
        </div>
        <ul className="category-grid">
          {ORG_CATEGORIES.map((category) => (
            <li key={category} className="category-grid__item">
              <Link to={`/members?category=${category}`} className="category-grid__link">
                {ORG_CATEGORY_LABELS[category]}
              </Link>
              <span className="category-grid__note">{CATEGORY_NOTES[category]}</span>
            </li>
          ))}
        </ul>
      </section>

      <LatestReport />

      <section className="section callout" aria-labelledby="cta-heading">
        <h2 id="cta-heading">Already part of the coalition?</h2>
        <p>
          Sign in with the account a workspace host created for you to join the discussions and the indicator
          work.
        </p>
        <p className="callout__actions">
          <Link to="/sign-in" className="button">
            Go to the sign-in page
          </Link>
          <Link to="/meetings" className="button button--secondary">
            Past meetings
          </Link>
        </p>
      </section>

      <section className="section callout" aria-labelledby="apply-heading">
        <h2 id="apply-heading">Want your organisation to join?</h2>
        <p>
          NGOs, hotlines, companies, international organisations, governments and researchers working for
          children’s safety online can apply. A workspace host reviews each application.
        </p>
        <p className="callout__actions">
          <Link to="/apply" className="button">
            Apply to join
          </Link>
        </p>
      </section>
    </div>
  );
}
