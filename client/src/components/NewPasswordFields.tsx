import { LIMITS } from '@shared/limits';
import type { FieldErrors } from './formErrors';
import { TextField } from './FormField';

export interface NewPasswordValues {
  password: string;
  confirmPassword: string;
}

/** Adds "do not match" to the errors when the password itself is fine but the repeat differs. */
export function checkRepeatedPassword(values: NewPasswordValues, errors: FieldErrors): FieldErrors {
  if (!errors.password && values.password !== values.confirmPassword) {
    return { ...errors, confirmPassword: 'The two passwords do not match' };
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
  return (
    <>
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        id={`${idPrefix}-password`}
        name="password"
        label="Password"
        hint={`At least ${LIMITS.passwordMin} characters. A few unrelated words make a strong password.`}
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
        label="Repeat the password"
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
