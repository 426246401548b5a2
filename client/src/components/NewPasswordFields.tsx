import { useTranslation } from 'react-i18next';
import { LIMITS } from '@shared/limits';
import { i18n } from '../i18n';
import type { FieldErrors } from './formErrors';
import { TextField } from './FormField';

export interface NewPasswordValues {
  password: string;
  confirmPassword: string;
}

/** Adds "do not match" to the errors when the password itself is fine but the repeat differs. */
export function checkRepeatedPassword(values: NewPasswordValues, errors: FieldErrors): FieldErrors {
  if (!errors.password && values.password !== values.confirmPassword) {
    return { ...errors, confirmPassword: i18n.t('auth:password.mismatch') };
  }
  return errors;
}

/**
 * A new password and its repeat, for accepting an invitation and resetting a password. The email
 * goes in a hidden username field so password managers file the password under the right account.
 */
export function NewPasswordFields({
  idPrefix,
  email,
  values,
  errors,
  onChange,
}: {
  idPrefix: string;
  email: string;
  values: NewPasswordValues;
  errors: FieldErrors;
  onChange: (values: NewPasswordValues) => void;
}) {
  const { t } = useTranslation('auth');
  return (
    <>
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        id={`${idPrefix}-password`}
        name="password"
        label={t('password.label')}
        hint={t('password.hint', { count: LIMITS.passwordMin })}
        type="password"
        autoComplete="new-password"
        maxLength={LIMITS.passwordMax}
        value={values.password}
        onChange={(e) => onChange({ ...values, password: e.target.value })}
        error={errors.password}
        required
      />
      <TextField
        id={`${idPrefix}-confirm-password`}
        name="confirmPassword"
        label={t('password.repeat')}
        type="password"
        autoComplete="new-password"
        maxLength={LIMITS.passwordMax}
        value={values.confirmPassword}
        onChange={(e) => onChange({ ...values, confirmPassword: e.target.value })}
        error={errors.confirmPassword}
        required
      />
    </>
  );
}
