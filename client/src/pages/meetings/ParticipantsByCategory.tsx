import { Link } from 'react-router';
import { ORG_CATEGORIES, ORG_CATEGORY_LABELS, type OrgCategory } from '@shared/roles';
import type { MeetingDto } from '@shared/schemas/meeting';

export const orgLink = (slug: string) => `/members?org=${encodeURIComponent(slug)}`;

/** The participating organisations grouped by member category, each linked to the directory. */
export function ParticipantsByCategory({ meeting }: { meeting: MeetingDto }) {
  const groups = ORG_CATEGORIES.map((category: OrgCategory) => ({
    category,
    orgs: meeting.participants.filter((o) => o.category === category),
  })).filter((g) => g.orgs.length > 0);
  return (
    <section className="section" aria-labelledby="participants-heading">
      <h2 id="participants-heading">Participating organisations</h2>
      {groups.length === 0 ? (
        <p className="muted">No participants recorded.</p>
      ) : (
        <div className="participant-groups" data-testid="participants">
          {groups.map((g) => (
            <div key={g.category} className="participant-group">
              <h3 className="participant-group__title">{ORG_CATEGORY_LABELS[g.category]}</h3>
              <ul className="chip-list">
                {g.orgs.map((org) => (
                  <li key={org.id}>
                    <Link to={orgLink(org.slug)} className="chip">
                      {org.name}
                      {meeting.chair?.id === org.id && <span className="chip__note"> (chair)</span>}
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
