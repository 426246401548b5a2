import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CreateThreadSchema } from '@shared/schemas/thread';
import type { Visibility } from '@shared/roles';
import { ApiError } from '../../api/client';
import { createThread } from '../../api/threads';
import { SelectField, TextField } from '../../components/FormField';
import { EnumOptions } from '../../components/EnumOptions';
import { errorMessage } from '../../components/QueryStatus';
import {
  fieldErrorsOf,
  focusFirstInvalid,
  type FieldErrors,
  apiFieldErrors,
} from '../../components/formErrors';

/** "Start a thread": a title and who may read it; opens the new thread. */
export function NewThreadForm({ isHost }: { isHost: boolean }) {
  const { t } = useTranslation('discussions');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('members');
  const [errors, setErrors] = useState<FieldErrors>({});

  const create = useMutation({
    mutationFn: createThread,
    onSuccess: (thread) => {
      void queryClient.invalidateQueries({ queryKey: ['threads'] });
      void navigate(`/discussions/${thread.id}`);
    },
    onError: (err) => {
      if (err instanceof ApiError && Object.keys(err.fields).length) setErrors(apiFieldErrors(err));
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = CreateThreadSchema.safeParse({ title, visibility });
    if (!parsed.success) {
      const fields = fieldErrorsOf(parsed.error);
      setErrors(fields);
      focusFirstInvalid(fields, ['title', 'visibility'], formRef.current);
      return;
    }
    setErrors({});
    create.mutate({ title: parsed.data.title, visibility: parsed.data.visibility });
  };

  const values: Visibility[] = isHost ? ['members', 'public', 'hosts'] : ['members', 'public'];
  const visibilityChoices: Record<Visibility, string> = {
    members: t('newThread.visibilities.members'),
    public: t('newThread.visibilities.public'),
    hosts: t('newThread.visibilities.hosts'),
  };
  return (
    <section className="form-card new-thread" aria-labelledby="new-thread-heading">
      <h2 id="new-thread-heading">{t('newThread.heading')}</h2>
      <form ref={formRef} onSubmit={submit} noValidate>
        {create.isError && !(create.error instanceof ApiError && Object.keys(create.error.fields).length) && (
          <p className="notice notice--error" role="alert">
            {errorMessage(create.error)}
          </p>
        )}
        <div className="form-grid">
          <TextField
            id="thread-title"
            name="title"
            label={t('newThread.title')}
            value={title}
            maxLength={200}
            error={errors.title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <SelectField
            id="thread-visibility"
            name="visibility"
            label={t('newThread.visibility')}
            value={visibility}
            error={errors.visibility}
            onChange={(e) => setVisibility(e.target.value as Visibility)}
          >
            <EnumOptions values={values} labels={visibilityChoices} />
          </SelectField>
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? t('newThread.starting') : t('newThread.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
