import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CatchUpDto } from '@shared/schemas/catchUp';
import { formatDate, formatDateTime } from '../../components/dates';

/**
 * The top of the catch-up page: what changed since the reader's previous visit, or, on a first
 * visit, where to start.
 */
export function SinceLastVisit({ since }: { since: CatchUpDto['sinceLastVisit'] }) {
  const { t } = useTranslation('home');
  return (
    <section className="section since-last-visit" aria-labelledby="cu-since" data-testid="since-last-visit">
      {since === null ? (
        <>
          <h2 id="cu-since">{t('catchUp.since.firstHeading')}</h2>
          <p>{t('catchUp.since.firstText')}</p>
        </>
      ) : (
        <>
          <h2 id="cu-since">{t('catchUp.since.heading')}</h2>
          <p className="muted">{t('catchUp.since.lastSignedIn', { date: formatDateTime(since.since) })}</p>
          {since.changes.length === 0 ? (
            <p>{t('catchUp.since.nothing')}</p>
          ) : (
            <ul className="change-list">
              {since.changes.map((c) => (
                <li key={`${c.kind}:${c.link}`}>
                  <Link to={c.link} dir="auto">
                    {c.title}
                  </Link>{' '}
                  <span className="change-list__what">{c.what}</span>{' '}
                  <span className="muted">{formatDate(c.at)}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
