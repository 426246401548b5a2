import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ORG_CATEGORIES, type OrgCategory } from '@shared/roles';
import type { MeetingDto } from '@shared/schemas/meeting';
import { ORG_CATEGORY_LABELS } from '../../components/labels';

export const orgLink = (slug: string) => `/members?org=${encodeURIComponent(slug)}`;

/** The participating organisations grouped by member category, each linked to the directory. */
export function ParticipantsByCategory({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation('meetings');
  const categoryLabels = ORG_CATEGORY_LABELS;
  const groups = ORG_CATEGORIES.map((category: OrgCategory) => ({
    category,
    orgs: meeting.participants.filter((o) => o.category === category),
  })).filter((g) => g.orgs.length > 0);
  return (
    <section className="section" aria-labelledby="participants-heading">
      <h2 id="participants-heading">{t('participants.heading')}</h2>
      {groups.length === 0 ? (
        <p className="muted">{t('participants.none')}</p>
      ) : (
        <div className="participant-groups" data-testid="participants">
          {groups.map((g) => (
            <div key={g.category} className="participant-group">
              <h3 className="participant-group__title">{categoryLabels[g.category]}</h3>
              <ul className="chip-list">
                {g.orgs.map((org) => (
                  <li key={org.id}>
                    <Link to={orgLink(org.slug)} className="chip">
                      <bdi>{org.name}</bdi>
                      {meeting.chair?.id === org.id && (
                        <span className="chip__note">{t('participants.chairNote')}</span>
                      )}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
