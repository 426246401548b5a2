import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CreateFollowUpSchema, type CreateFollowUpInput } from '@shared/schemas/followUp';
import { createFollowUp } from '../../api/followUps';
import {
  apiFieldErrors,
  focusFirstInvalid,
  validateWith,
  type FieldErrors,
} from '../../components/formErrors';
import { TextAreaField, TextField } from '../../components/FormField';
import { OrganisationSelect } from '../../components/OrganisationSelect';
import { MeetingSelect } from '../../components/MeetingSelect';
import { errorMessage } from '../../components/QueryStatus';
import { useOrganisationOptions } from '../../hooks/useOrganisationOptions';
import { AssigneeSelect } from './AssigneeSelect';

const FIELD_ORDER = ['title', 'ownerOrganisationId', 'assigneeId', 'meetingId', 'dueAt', 'description'];

/**
 * Records a follow-up (members and hosts); opens its page once saved. The values are checked with
 * the server's own schema before they are sent.
 */
export function NewFollowUpForm({ meetingId = '' }: { meetingId?: string }) {
  const { t } = useTranslation('meetings');
  const navigate = useNavigate();
  const client = useQueryClient();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [assignee, setAssignee] = useState('');
  const organisations = useOrganisationOptions();
  const ownerSlug = organisations.data?.find((o) => o.id === owner)?.slug ?? '';
  const [meeting, setMeeting] = useState(meetingId);
  const [dueAt, setDueAt] = useState('');
  const [description, setDescription] = useState('');
  const [checked, setChecked] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const create = useMutation({
    mutationFn: (input: CreateFollowUpInput) => createFollowUp(input),
    onSuccess: async (item) => {
      await client.invalidateQueries({ queryKey: ['followUps'] });
      void navigate(`/follow-ups/${item.id}`);
    },
  });
  const fields = { ...apiFieldErrors(create.error), ...checked };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = {
      title,
      ownerOrganisationId: owner,
      assigneeId: assignee || null,
      meetingId: meeting || null,
      dueAt: dueAt || null,
      description,
    };
    const result = validateWith(CreateFollowUpSchema, input);
    setChecked(result.ok ? {} : result.errors);
    if (!result.ok) return focusFirstInvalid(result.errors, FIELD_ORDER, formRef.current);
    create.mutate(input);
  };
  return (
    <form ref={formRef} className="form followup-form" onSubmit={submit} noValidate>
      <TextField
        id="fu-title"
        name="title"
        label={t('followUps.new.title')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={fields.title}
        required
        maxLength={200}
      />
      <OrganisationSelect
        id="fu-owner"
        name="ownerOrganisationId"
        label={t('followUps.new.owner')}
        value={owner}
        onChange={(id) => {
          setOwner(id);
          setAssignee('');
        }}
        emptyLabel={t('followUps.new.chooseOrganisation')}
        error={fields.ownerOrganisationId}
      />
      <AssigneeSelect
        id="fu-assignee"
        organisationSlug={ownerSlug}
        value={assignee}
        onChange={setAssignee}
        error={fields.assigneeId}
      />
      <MeetingSelect
        id="fu-meeting"
        name="meetingId"
        label={t('followUps.new.meeting')}
        value={meeting}
        onChange={setMeeting}
        emptyLabel={t('followUps.new.noMeeting')}
        error={fields.meetingId}
      />
      <TextField
        id="fu-due"
        name="dueAt"
        label={t('followUps.new.dueDate')}
        type="date"
        value={dueAt}
        onChange={(e) => setDueAt(e.target.value)}
        error={fields.dueAt}
      />
      <TextAreaField
        id="fu-description"
        name="description"
        label={t('followUps.new.description')}
        rows={4}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={fields.description}
      />
      {create.isError && (
        <p className="field__error" role="alert">
          {errorMessage(create.error)}
        </p>
      )}
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? t('followUps.new.saving') : t('followUps.new.submit')}
      </button>
    </form>
  );
}
