import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  FOLLOW_UP_STATUSES,
  UpdateFollowUpSchema,
  type FollowUpDto,
  type UpdateFollowUpInput,
} from '@shared/schemas/followUp';
import { updateFollowUp } from '../../api/followUps';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../components/formErrors';
import { queryKeys } from '../../api/queryKeys';
import { useSession } from '../../hooks/useSession';
import { EnumOptions } from '../../components/EnumOptions';
import { SelectField, TextField } from '../../components/FormField';
import { errorMessage } from '../../components/QueryStatus';
import { AssigneeSelect } from './AssigneeSelect';
import { OrganisationSelect } from '../../components/OrganisationSelect';
import { useOrganisationOptions } from '../../hooks/useOrganisationOptions';
import { FOLLOW_UP_STATUS_LABELS } from '../../components/labels';

/**
 * Status, due date, owner and assignment of a follow-up, for the people who may change it. The page
 * remounts the editor after each save (its key is the item's updatedAt), so whether the shown
 * version was just saved is kept by the page: `saved`, reported through `onSaved`.
 */
export function FollowUpEditor({
  item,
  saved,
  onSaved,
}: {
  item: FollowUpDto;
  saved: boolean;
  onSaved: (updated: FollowUpDto) => void;
}) {
  const { t } = useTranslation('meetings');
  const { user } = useSession();
  const client = useQueryClient();
  const [status, setStatus] = useState(item.status);
  const [dueAt, setDueAt] = useState(item.dueAt?.slice(0, 10) ?? '');
  const [assignee, setAssignee] = useState(item.assignee?.id ?? '');
  const [owner, setOwner] = useState(item.owner?.id ?? '');
  const organisations = useOrganisationOptions();
  const ownerSlug = organisations.data?.find((o) => o.id === owner)?.slug ?? item.owner?.slug ?? '';
  const save = useMutation({
    mutationFn: (changes: UpdateFollowUpInput) => updateFollowUp(item.id, changes),
    onSuccess: async (updated) => {
      onSaved(updated);
      client.setQueryData(queryKeys.followUp(item.id), updated);
      await client.invalidateQueries({ queryKey: ['followUps'] });
    },
  });
  const [checked, setChecked] = useState<FieldErrors>({});
  const fields = { ...apiFieldErrors(save.error), ...checked };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const assigneeChanged = assignee !== (item.assignee?.id ?? '');
    const ownerChanged = owner !== '' && owner !== (item.owner?.id ?? '');
    const changes: UpdateFollowUpInput = {
      status,
      dueAt: dueAt || null,
      ...(assigneeChanged ? { assigneeId: assignee || null } : {}),
      ...(ownerChanged ? { ownerOrganisationId: owner } : {}),
    };
    // The server's own schema checks the values first: a wrong date is said here, before sending.
    const result = validateWith(UpdateFollowUpSchema, changes);
    setChecked(result.ok ? {} : result.errors);
    if (result.ok) save.mutate(changes);
  };
  const mine = user && item.assignee?.id === user.id;
  return (
    <section className="card followup-editor" aria-labelledby="followup-editor-heading">
      <h2 id="followup-editor-heading">{t('followUps.editor.heading')}</h2>
      <form onSubmit={submit} noValidate>
        <SelectField
          id="fu-edit-status"
          label={t('followUps.editor.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as typeof status)}
          error={fields.status}
        >
          <EnumOptions values={FOLLOW_UP_STATUSES} labels={FOLLOW_UP_STATUS_LABELS} />
        </SelectField>
        <TextField
          id="fu-edit-due"
          label={t('followUps.editor.dueDate')}
          type="date"
          value={dueAt}
          onChange={(e) => setDueAt(e.target.value)}
          error={fields.dueAt}
          hint={t('followUps.editor.dueHint')}
        />
        <OrganisationSelect
          id="fu-edit-owner"
          label={t('followUps.editor.owner')}
          value={owner}
          onChange={(id) => {
            setOwner(id);
            // The assignee is picked among the owner's people: choose again for a new owner.
            if (id !== (item.owner?.id ?? '')) setAssignee('');
          }}
          emptyLabel={t('followUps.editor.chooseOrganisation')}
          error={fields.ownerOrganisationId}
        />
        <AssigneeSelect
          id="fu-edit-assignee"
          organisationSlug={ownerSlug}
          value={assignee}
          onChange={setAssignee}
          current={item.assignee}
          error={fields.assigneeId}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t('followUps.editor.saving') : t('followUps.editor.save')}
          </button>
          {user && user.role !== 'observer' && (
            <button
              type="button"
              className="button button--secondary"
              disabled={save.isPending}
              onClick={() => save.mutate({ assigneeId: mine ? null : user.id })}
            >
              {mine ? t('followUps.editor.unassignMe') : t('followUps.editor.assignMe')}
            </button>
          )}
        </div>
        <p role="status" className="followup-editor__status">
          {saved && !save.isPending ? t('followUps.editor.saved') : ''}
        </p>
        {save.isError && (
          <p className="field__error" role="alert">
            {errorMessage(save.error)}
          </p>
        )}
      </form>
    </section>
  );
}
