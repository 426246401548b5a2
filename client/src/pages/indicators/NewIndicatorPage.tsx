import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { VISIBILITIES, type Visibility } from '@shared/roles';
import { CreateIndicatorSchema, type IndicatorFields } from '@shared/schemas/indicator';
import { createIndicator } from '../../api/indicators';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useSession } from '../../hooks/useSession';
import { EnumOptions } from '../../components/EnumOptions';
import { SelectField, TextField } from '../../components/FormField';
import { errorMessage } from '../../components/QueryStatus';
import { IndicatorFieldInputs } from './IndicatorFieldInputs';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../components/formErrors';
import { NotAllowedNotice } from '../../components/NotAllowedNotice';
import { isLanguage, type Language } from '@shared/i18n/languages';
import { LanguageOptions } from '../../components/ContentLanguage';
import { currentLanguage } from '../../i18n';
import '../../styles/indicators.css';
import { VISIBILITY_LABELS } from '../../components/labels';

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
  const { t } = useTranslation('indicators');
  useDocumentTitle(t('new.title'));
  const { user, isHost } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('members');
  // Written in the author's interface language unless they say otherwise.
  const [language, setLanguage] = useState<Language>(currentLanguage);
  const [values, setValues] = useState(EMPTY);
  const [checked, setChecked] = useState<FieldErrors>({});
  const create = useMutation({
    mutationFn: () => createIndicator({ ...values, code, visibility, language }),
    onSuccess: (ind) => {
      void queryClient.invalidateQueries({ queryKey: ['indicators'] });
      void navigate(`/indicators/${ind.code}`);
    },
  });
  const errors = { ...apiFieldErrors(create.error), ...checked };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The server's own schema checks the values first, so mistakes show before anything is sent.
    const result = validateWith(CreateIndicatorSchema, { ...values, code, visibility, language });
    setChecked(result.ok ? {} : result.errors);
    if (result.ok) create.mutate();
  };
  if (user?.role === 'observer') {
    const back = { to: '/indicators', label: t('list.title') };
    return (
      <NotAllowedNotice title={t('new.title')} back={back}>
        {t('new.observer')}
      </NotAllowedNotice>
    );
  }
  return (
    <div className="page indicator-editor">
      <p className="back-link">
        <Link to="/indicators">{t('back', { label: t('list.title') })}</Link>
      </p>
      <header className="page-header">
        <h1>{t('new.title')}</h1>
        <p className="lead">{t('new.lead')}</p>
      </header>
      <form className="form-card indicator-form" onSubmit={submit} noValidate>
        <div className="form-grid">
          <TextField
            id="new-code"
            label={t('new.code')}
            hint={t('new.codeHint')}
            value={code}
            error={errors.code}
            maxLength={21}
            required
            onChange={(e) => setCode(e.target.value.toUpperCase())}
          />
          <SelectField
            id="new-visibility"
            label={t('new.visibility')}
            value={visibility}
            error={errors.visibility}
            onChange={(e) => setVisibility(e.target.value as Visibility)}
          >
            <EnumOptions
              values={VISIBILITIES.filter((v) => v !== 'hosts' || isHost)}
              labels={VISIBILITY_LABELS}
            />
          </SelectField>
          <SelectField
            id="new-language"
            label={t('new.language')}
            hint={t('new.languageHint')}
            value={language}
            error={errors.language}
            onChange={(e) => isLanguage(e.target.value) && setLanguage(e.target.value)}
          >
            <LanguageOptions />
          </SelectField>
        </div>
        <IndicatorFieldInputs
          idPrefix="new"
          language={language}
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
            {create.isPending ? t('saving') : t('new.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
