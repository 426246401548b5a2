import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { getOrganisation } from '../../api/organisations';
import { queryKeys } from '../../api/queryKeys';
import { SelectField } from '../../components/FormField';

interface Props {
  id: string;
  /** The owner organisation's slug; '' when none is chosen yet. */
  organisationSlug: string;
  /** A user id, or '' for unassigned. */
  value: string;
  onChange: (userId: string) => void;
  /** The current assignee, kept as an option even when they are not one of the organisation's people. */
  current?: { id: string; name: string } | null;
  error?: string;
}

/**
 * The assignee of a follow-up: "Unassigned" or one of the owner organisation's people who can act
 * on it (members and hosts; observers cannot be assigned).
 */
export function AssigneeSelect({ id, organisationSlug, value, onChange, current, error }: Props) {
  const { t } = useTranslation('meetings');
  const org = useQuery({
    queryKey: queryKeys.organisation(organisationSlug),
    queryFn: ({ signal }) => getOrganisation(organisationSlug, signal),
    enabled: !!organisationSlug,
    staleTime: 60_000,
  });
  const people = (org.data?.people ?? []).filter((p) => p.role !== 'observer');
  const options = current && !people.some((p) => p.id === current.id) ? [current, ...people] : people;
  const loading = !!organisationSlug && org.isPending;
  return (
    <SelectField
      id={id}
      name="assigneeId"
      label={t('followUps.assignee.label')}
      hint={organisationSlug ? t('followUps.assignee.hintOwner') : t('followUps.assignee.hintNoOwner')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error ?? (org.isError ? t('followUps.assignee.loadFailed') : undefined)}
      aria-busy={loading || undefined}
    >
      <option value="">
        {loading ? t('followUps.assignee.loading') : t('followUps.assignee.unassigned')}
      </option>
      {options.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </SelectField>
  );
}
