import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationDto } from '@shared/schemas/organisation';
import { MEMBERSHIP_LABELS, ORG_CATEGORY_LABELS } from './labels';
import { countryName } from './countries';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** A member-directory card: name, category, country, membership, joined year and website. */
export function OrganisationCard({
  org,
  highlighted = false,
}: {
  org: OrganisationDto;
  highlighted?: boolean;
}) {
  const { t, i18n } = useTranslation('directory');
  const country = org.country
    ? countryName(org.country, i18n.language)
    : org.category === 'international-organisation'
      ? t('card.international')
      : null;
  return (
    <article
      className={highlighted ? 'card org-card card--highlighted' : 'card org-card'}
      data-testid="organisation-card"
    >
      <h2 className="card__title">
        <Link to={`/members?org=${org.slug}`} className="card__title-link" dir="auto">
          {org.name}
        </Link>
      </h2>
      <p className="chip-row">
        <span className="badge">{ORG_CATEGORY_LABELS[org.category]}</span>
        <span className={org.membership === 'member' ? 'badge badge--success' : 'badge badge--muted'}>
          {MEMBERSHIP_LABELS[org.membership]}
        </span>
      </p>
      {org.description && (
        <p className="card__text" dir="auto">
          {org.description}
        </p>
      )}
      <dl className="facts">
        {country && (
          <div>
            <dt>{t('card.country')}</dt>
            <dd>{country}</dd>
          </div>
        )}
        {org.joinedYear !== null && (
          <div>
            <dt>{t('card.joined')}</dt>
            <dd>{org.joinedYear}</dd>
          </div>
        )}
        {org.website && (
          <div>
            <dt>{t('card.website')}</dt>
            <dd>
              <a href={org.website} target="_blank" rel="noopener noreferrer">
                {hostOf(org.website)}
                <span className="visually-hidden">{t('card.newTab')}</span>
              </a>
            </dd>
          </div>
        )}
      </dl>
    </article>
  );
}
