import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CatchUpDto } from '@shared/schemas/catchUp';
import { formatDate } from '../../components/dates';

type Decision = CatchUpDto['recentDecisions'][number];

/** Recent decisions under the meeting that took them: the meeting's name is the link, said once. */
export function DecisionsByMeeting({ decisions }: { decisions: Decision[] }) {
  const { t } = useTranslation('home');
  if (decisions.length === 0) return <p className="muted">{t('catchUp.decisions.none')}</p>;
  const meetings = new Map<string, { meeting: Decision['meeting']; texts: string[] }>();
  for (const d of decisions) {
    const group = meetings.get(d.meeting.slug) ?? { meeting: d.meeting, texts: [] };
    group.texts.push(d.text);
    meetings.set(d.meeting.slug, group);
  }
  return (
    <>
      {[...meetings.values()].map(({ meeting, texts }) => (
        <div key={meeting.slug} className="decision-group">
          <h3 className="decision-group__meeting">
            <Link to={`/meetings/${meeting.slug}`} dir="auto">
              {meeting.title}
            </Link>{' '}
            <span className="muted">{formatDate(meeting.startsAt)}</span>
          </h3>
          <ul className="decision-list">
            {texts.map((text, i) => (
              <li key={i} dir="auto">
                {text}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
