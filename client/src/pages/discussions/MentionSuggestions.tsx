import { useTranslation } from 'react-i18next';
import type { Mentionable } from '@shared/schemas/thread';

interface Props {
  id: string;
  open: boolean;
  items: Mentionable[];
  active: number;
  onChoose: (person: Mentionable) => void;
}

/** The listbox under the composer while an @name is being typed. */
export function MentionSuggestions({ id, open, items, active, onChoose }: Props) {
  const { t } = useTranslation('discussions');
  return (
    <ul id={id} role="listbox" aria-label={t('composer.mentionsLabel')} className="mentions" hidden={!open}>
      {items.map((p, i) => (
        <li
          key={p.id}
          id={`mention-${i}`}
          role="option"
          aria-selected={i === active}
          className={i === active ? 'mentions__item mentions__item--active' : 'mentions__item'}
          // mousedown, not click: it fires before the textarea's blur closes the list.
          onMouseDown={(e) => {
            e.preventDefault();
            onChoose(p);
          }}
        >
          <span className="mentions__name">{p.name}</span>
          {p.organisation && <span className="mentions__org muted">{p.organisation}</span>}
        </li>
      ))}
    </ul>
  );
}
