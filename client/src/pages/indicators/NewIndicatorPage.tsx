import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { VISIBILITIES, type Visibility } from '@shared/roles';
import { CreateIndicatorSchema, type IndicatorFields } from '@shared/schemas/indicator';
import { createIndicator } from '../../api/indicators';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useSession } from '../../hooks/useSession';
import { EnumOptions } from '../../components/EnumOptions';
import { SelectField, TextField } from '../../components/FormField';
import { errorMessage } from '../../components/QueryStatus';
import { VISIBILITY_LABELS } from '../../components/labels';
import { IndicatorFieldInputs } from './IndicatorFieldInputs';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../components/formErrors';
import { NotAllowedNotice } from '../../components/NotAllowedNotice';
import '../../styles/indicators.css';

const EMPTY: IndicatorFields = {
  title: '',
  tier: 'III',
  custodianId: null,
  definition: '',
  unit: '',
  rationale: '',
  computation: '',
  disaggregation: '',
  dataSources: '',
  limitations: '',
  references: '',
};

/** `/indicators/new`: propose an indicator (members and hosts); it starts as `proposed`, revision 1. */
export function NewIndicatorPage() {
  useDocumentTitle('Propose an indicator');
  const { user, isHost } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('members');
  const [values, setValues] = useState(EMPTY);
  const [checked, setChecked] = useState<FieldErrors>({});
  const create = useMutation({
    mutationFn: () => createIndicator({ ...values, code, visibility }),
    onSuccess: (ind) => {
      void queryClient.invalidateQueries({ queryKey: ['indicators'] });
      void navigate(`/indicators/${ind.code}`);
    },
  });
  const errors = { ...apiFieldErrors(create.error), ...checked };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The server's own schema checks the values first, so mistakes show before anything is sent.
    const result = validateWith(CreateIndicatorSchema, { ...values, code, visibility });
    setChecked(result.ok ? {} : result.errors);
    if (result.ok) create.mutate();
  };
  if (user?.role === 'observer')
    return (
      <NotAllowedNotice title="Propose an indicator" back={{ to: '/indicators', label: 'Indicators' }}>
        Observers read the indicator drafts; members and hosts propose them. If your organisation has joined
        as a member, ask a host to change your role.
      </NotAllowedNotice>
    );
  return (
    <div className="page indicator-editor">
      <p className="back-link">
        <Link to="/indicators">← Indicators</Link>
      </p>
      <header className="page-header">
        <h1>Propose an indicator</h1>
        <p className="lead">Start with a code, a title and what you know; the others can fill in the rest.</p>
      </header>
      <form className="form-card indicator-form" onSubmit={submit} noValidate>
        <div className="form-grid">
          <TextField
            id="new-code"
            label="Code"
            hint="For example CSAM-06"
            value={code}
            error={errors.code}
            maxLength={21}
            required
            onChange={(e) => setCode(e.target.value.toUpperCase())}
          />
          <SelectField
            id="new-visibility"
            label="Who can read it"
            value={visibility}
            error={errors.visibility}
            onChange={(e) => setVisibility(e.target.value as Visibility)}
          >
            <EnumOptions
              values={VISIBILITIES.filter((v) => v !== 'hosts' || isHost)}
              labels={VISIBILITY_LABELS}
            />
          </SelectField>
        </div>
        <IndicatorFieldInputs
          idPrefix="new"
          values={values}
          errors={errors}
          onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
        />
        {create.isError && !Object.keys(errors).length && (
          <p className="notice notice--error" role="alert">
            {errorMessage(create.error)}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? 'Saving…' : 'Propose indicator'}
          </button>
        </div>
      </form>
    </div>
  );
}
