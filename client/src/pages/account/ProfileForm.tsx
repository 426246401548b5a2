import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '@shared/schemas/auth';
import { UpdateProfileSchema } from '@shared/schemas/user';
import { LIMITS } from '@shared/limits';
import { ApiError } from '../../api/client';
import { updateProfile } from '../../api/auth';
import { queryKeys } from '../../api/queryKeys';
import { TextField } from '../../components/FormField';
import { errorMessage } from '../../components/QueryStatus';
import { fieldErrorsOf, type FieldErrors, apiFieldErrors } from '../../components/formErrors';

/** Edit your own name; the header shows the new name as soon as it is saved. */
export function ProfileForm({ user }: { user: UserDto }) {
  const { t } = useTranslation('auth');
  const queryClient = useQueryClient();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(user.name);
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: updateProfile,
    onSuccess: (updated) => {
      queryClient.setQueryData<UserDto | null>(queryKeys.session, updated);
      setName(updated.name);
    },
    onError: (err) => {
      if (err instanceof ApiError) setErrors(apiFieldErrors(err));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = UpdateProfileSchema.safeParse({ name });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      nameRef.current?.focus();
      return;
    }
    setErrors({});
    mutation.mutate(parsed.data);
  };

  const saved = mutation.isSuccess && !mutation.isPending && name.trim() === mutation.data.name;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="name-heading" data-testid="profile-form">
      <div role="alert" className="form-alert-region">
        {mutation.isError && (
          <div className="notice notice--error">
            <p className="notice__title">{t('account.name.notChanged')}</p>
            <p>{errorMessage(mutation.error)}</p>
          </div>
        )}
      </div>
      <div role="status" className="form-alert-region">
        {saved && (
          <p className="notice notice--success" data-testid="name-changed">
            {t('account.name.saved')}
          </p>
        )}
      </div>
      <TextField
        ref={nameRef}
        id="profile-name"
        name="name"
        label={t('account.name.label')}
        hint={t('account.name.hint')}
        autoComplete="name"
        maxLength={LIMITS.nameMax}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
        required
      />
      <button type="submit" className="button" disabled={mutation.isPending}>
        {mutation.isPending ? t('account.name.pending') : t('account.name.submit')}
      </button>
    </form>
  );
}
