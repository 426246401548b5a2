import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateTermSchema, type CreateTermInput, type TermDto } from '@shared/schemas/term';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../components/formErrors';
import { TextAreaField, TextField } from '../../components/FormField';
import { errorMessage } from '../../components/QueryStatus';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

interface TermFormProps {
  /** The term being edited; a new proposal when absent. */
  term?: TermDto;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: Required<Omit<CreateTermInput, 'visibility'>>) => void;
}

/** Term, definition, notes, sources (one a line) and related terms (addresses, one a line). */
export function TermForm({ term, submitLabel, pending, error, onSubmit }: TermFormProps) {
  const { t } = useTranslation('directory');
  const [name, setName] = useState(term?.term ?? '');
  const [definition, setDefinition] = useState(term?.definition ?? '');
  const [notes, setNotes] = useState(term?.notes ?? '');
  const [sources, setSources] = useState(term?.sources.join('\n') ?? '');
  const [related, setRelated] = useState(term?.related.map((r) => r.slug).join('\n') ?? '');
  const [checked, setChecked] = useState<FieldErrors>({});
  const fields = { ...apiFieldErrors(error), ...checked };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = { term: name, definition, notes, sources: lines(sources), related: lines(related) };
    // Checked with the server's schema first, so mistakes show next to their fields at once.
    const result = validateWith(CreateTermSchema, input);
    setChecked(result.ok ? {} : result.errors);
    if (result.ok) onSubmit(input);
  };
  const id = term ? `term-edit` : 'term-new';
  return (
    <form className="form term-form" onSubmit={submit} noValidate>
      <TextField
        id={`${id}-term`}
        label={t('termForm.term')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={fields.term}
        maxLength={120}
        required
      />
      <TextAreaField
        id={`${id}-definition`}
        label={t('termForm.definition')}
        hint={t('termForm.definitionHint')}
        rows={4}
        value={definition}
        onChange={(e) => setDefinition(e.target.value)}
        error={fields.definition}
        required
      />
      <TextAreaField
        id={`${id}-notes`}
        label={t('termForm.notes')}
        rows={3}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        error={fields.notes}
      />
      <TextAreaField
        id={`${id}-sources`}
        label={t('termForm.sources')}
        hint={t('termForm.sourcesHint')}
        rows={2}
        value={sources}
        onChange={(e) => setSources(e.target.value)}
        error={fields.sources}
      />
      <TextAreaField
        id={`${id}-related`}
        label={t('termForm.related')}
        hint={t('termForm.relatedHint')}
        rows={2}
        value={related}
        onChange={(e) => setRelated(e.target.value)}
        error={fields.related}
      />
      {!!error && (
        <p className="field__error" role="alert">
          {errorMessage(error)}
        </p>
      )}
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('termForm.saving') : submitLabel}
      </button>
    </form>
  );
}
