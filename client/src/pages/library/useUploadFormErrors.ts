import { useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { focusFirstInvalid, type FieldErrors } from '../../components/formErrors';
import { byField } from './DocumentMetaFields';

/**
 * The field errors of an upload form: `showErrors` shows them and focuses the first invalid field
 * (in `fieldNames` order); `showServerErrors` does the same for a failed upload's 400 answer.
 */
export function useUploadFormErrors(fieldNames: string[]) {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});

  const showErrors = (fieldErrors: FieldErrors) => {
    setErrors(fieldErrors);
    focusFirstInvalid(fieldErrors, fieldNames, formRef.current);
  };

  const showServerErrors = (err: unknown) => {
    if (err instanceof ApiError && err.status === 400) showErrors(byField(err.fields));
  };

  return { formRef, errors, setErrors, showErrors, showServerErrors };
}
