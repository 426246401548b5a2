import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Edits the text of one's own message in place. */
export function MessageEditForm({
  initial,
  onSave,
  onCancel,
}: {
  initial: string;
  onSave: (body: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation('discussions');
  const id = useId();
  const [body, setBody] = useState(initial);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) {
      setError(t('composer.writeMessage'));
      return;
    }
    setSaving(true);
    setError('');
    onSave(body.trim())
      .catch((err: unknown) => setError(err instanceof Error ? err.message : t('message.couldNotSave')))
      .finally(() => setSaving(false));
  };

  return (
    <form className="message__edit" onSubmit={submit} noValidate>
      <label className="field__label" htmlFor={id}>
        {t('message.editLabel')}
      </label>
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      <textarea
        id={id}
        className="input textarea"
        rows={3}
        value={body}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setBody(e.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button button--small" disabled={saving}>
          {saving ? t('common:actions.saving') : t('common:actions.save')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
