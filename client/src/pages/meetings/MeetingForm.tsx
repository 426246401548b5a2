import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { VISIBILITIES } from '@shared/roles';
import { CreateMeetingSchema, type CreateMeetingInput, type MeetingDto } from '@shared/schemas/meeting';
import { createMeeting, updateMeeting } from '../../api/meetings';
import { ApiError } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { EnumOptions } from '../../components/EnumOptions';
import { SelectField, TextAreaField, TextField } from '../../components/FormField';
import { OrganisationSelect } from '../../components/OrganisationSelect';
import { errorMessage } from '../../components/QueryStatus';
import {
  apiFieldErrors,
  fieldErrorsOf,
  focusFirstInvalid,
  type FieldErrors,
} from '../../components/formErrors';
import { ParticipantPicker } from './ParticipantPicker';
import {
  DecisionRows,
  PresentationRows,
  rowKey,
  type DecisionRow,
  type PresentationRow,
} from './MeetingRows';
import '../../styles/library.css';
import { VISIBILITY_LABELS } from '../../components/labels';

const FIELD_ORDER = ['title', 'event', 'location', 'startsAt', 'endsAt', 'chairOrganisationId', 'focus'];
const day = (iso: string | null | undefined) => iso?.slice(0, 10) ?? '';

/** The form's fields from a meeting (or empty for a new one). */
function initialState(meeting?: MeetingDto) {
  return {
    title: meeting?.title ?? '',
    event: meeting?.event ?? '',
    location: meeting?.location ?? '',
    startsAt: day(meeting?.startsAt),
    endsAt: day(meeting?.endsAt),
    chairOrganisationId: meeting?.chair?.id ?? '',
    focus: meeting?.focus ?? '',
    visibility: meeting?.visibility ?? 'members',
    report: meeting?.report ?? '',
  };
}

/** Creates a meeting or edits one (hosts); calls `onSaved` with the saved meeting. */
export function MeetingForm({
  meeting,
  onSaved,
}: {
  meeting?: MeetingDto;
  onSaved: (m: MeetingDto) => void;
}) {
  const { t } = useTranslation('meetings');
  const client = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState(() => initialState(meeting));
  const [participants, setParticipants] = useState<string[]>(meeting?.participants.map((p) => p.id) ?? []);
  const [presentations, setPresentations] = useState<PresentationRow[]>(
    meeting?.presentations.map((p) => ({
      key: rowKey(),
      title: p.title,
      presenterOrganisationId: p.presenter?.id ?? '',
      documentId: p.document?.id ?? '',
      documentTitle: p.document?.title ?? '',
    })) ?? [],
  );
  const [decisions, setDecisions] = useState<DecisionRow[]>(
    meeting?.decisions.map((text) => ({ key: rowKey(), text })) ?? [],
  );
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [name]: e.target.value }));

  const meetingInput = (): CreateMeetingInput => ({
    title: form.title,
    event: form.event,
    location: form.location,
    startsAt: form.startsAt,
    endsAt: form.endsAt || null,
    chairOrganisationId: form.chairOrganisationId || null,
    participantIds: participants,
    focus: form.focus,
    visibility: form.visibility,
    presentations: presentations.map((p) => ({
      title: p.title,
      presenterOrganisationId: p.presenterOrganisationId || null,
      documentId: p.documentId || null,
    })),
    decisions: decisions.map((d) => d.text),
  });

  const save = useMutation({
    mutationFn: (input: CreateMeetingInput) => {
      if (!meeting) return createMeeting({ ...input, report: form.report });
      // The report is sent only when changed, with the version it was edited from (409 if it moved on).
      const report =
        form.report !== meeting.report ? { report: form.report, baseVersion: meeting.reportVersion } : {};
      return updateMeeting(meeting.slug, { ...input, ...report });
    },
    onSuccess: async (saved) => {
      client.setQueryData(queryKeys.meeting(saved.slug), saved);
      await client.invalidateQueries({ queryKey: ['meetings'] });
      onSaved(saved);
    },
    onError: (error) => {
      if (error instanceof ApiError) focusFirstInvalid(apiFieldErrors(error), FIELD_ORDER, formRef.current);
    },
  });
  const [checked, setChecked] = useState<FieldErrors>({});
  const errors = { ...apiFieldErrors(save.error), ...checked };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The server's own schema checks the values first, so mistakes show before anything is sent.
    const values = { ...meetingInput(), report: form.report };
    const parsed = CreateMeetingSchema.safeParse(values);
    const problems = parsed.success ? {} : fieldErrorsOf(parsed.error);
    setChecked(problems);
    if (!parsed.success) return focusFirstInvalid(problems, FIELD_ORDER, formRef.current);
    save.mutate(meetingInput());
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate data-testid="meeting-form">
      <TextField
        id="meeting-title"
        name="title"
        label={t('form.title')}
        value={form.title}
        onChange={set('title')}
        error={errors.title}
        required
        maxLength={200}
      />
      <div className="form-grid">
        <TextField
          id="meeting-event"
          name="event"
          label={t('form.event')}
          value={form.event}
          onChange={set('event')}
          error={errors.event}
          maxLength={120}
        />
        <TextField
          id="meeting-location"
          name="location"
          label={t('form.location')}
          value={form.location}
          onChange={set('location')}
          error={errors.location}
          maxLength={120}
        />
        <TextField
          id="meeting-starts"
          name="startsAt"
          label={t('form.startsAt')}
          type="date"
          value={form.startsAt}
          onChange={set('startsAt')}
          error={errors.startsAt}
          required
        />
        <TextField
          id="meeting-ends"
          name="endsAt"
          label={t('form.endsAt')}
          type="date"
          value={form.endsAt}
          onChange={set('endsAt')}
          error={errors.endsAt}
        />
      </div>
      <OrganisationSelect
        id="meeting-chair"
        name="chairOrganisationId"
        label={t('form.chair')}
        emptyLabel={t('form.notRecorded')}
        value={form.chairOrganisationId}
        onChange={(id) => setForm((f) => ({ ...f, chairOrganisationId: id }))}
        error={errors.chairOrganisationId}
      />
      <ParticipantPicker value={participants} onChange={setParticipants} error={errors.participantIds} />
      <TextAreaField
        id="meeting-focus"
        name="focus"
        label={t('form.focus')}
        rows={3}
        value={form.focus}
        onChange={set('focus')}
        error={errors.focus}
        maxLength={2000}
      />
      <SelectField
        id="meeting-visibility"
        name="visibility"
        label={t('form.visibility')}
        value={form.visibility}
        onChange={(e) => setForm((f) => ({ ...f, visibility: e.target.value as typeof f.visibility }))}
        error={errors.visibility}
      >
        <EnumOptions values={VISIBILITIES} labels={VISIBILITY_LABELS} />
      </SelectField>
      <PresentationRows rows={presentations} onChange={setPresentations} errors={errors} />
      <DecisionRows rows={decisions} onChange={setDecisions} errors={errors} />
      <TextAreaField
        id="meeting-report"
        name="report"
        label={t('form.report')}
        hint={
          meeting ? t('form.reportHintEdit', { version: meeting.reportVersion + 1 }) : t('form.reportHintNew')
        }
        rows={12}
        value={form.report}
        onChange={set('report')}
        error={errors.report ?? errors.baseVersion}
      />
      {save.isError && (
        <p className="notice notice--error" role="alert">
          {errorMessage(save.error)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('form.saving') : meeting ? t('form.save') : t('form.create')}
        </button>
      </div>
    </form>
  );
}
