import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Language } from '@shared/i18n/languages';
import {
  FIELD_SECTIONS,
  IndicatorTranslationInputSchema,
  TEXT_FIELD_MAX,
  TRANSLATED_FIELDS,
  type IndicatorDto,
  type TranslatedField,
} from '@shared/schemas/indicator';
import { saveIndicatorTranslation } from '../../api/contentLanguage';
import { queryKeys } from '../../api/queryKeys';
import { LanguageName, contentAttributes } from '../../components/ContentLanguage';
import { TextAreaField, TextField } from '../../components/FormField';
import { errorMessage } from '../../components/QueryStatus';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../components/formErrors';
import { sectionKey } from './labels';
import { originalTexts, translationInto } from './translations';

/** Puts an indicator the server answered with in the cache, and refreshes the catalogue. */
export function useStoreIndicator() {
  const queryClient = useQueryClient();
  return (updated: IndicatorDto) => {
    queryClient.setQueryData(queryKeys.indicator(updated.code), updated);
    void queryClient.invalidateQueries({ queryKey: ['indicators'] });
  };
}

type TranslationValues = Record<TranslatedField, string>;

/**
 * The translation of the indicator's texts into `language`, field by field, each under the
 * original's text for reference. Saving translates the current revision.
 */
export function TranslationForm({
  indicator,
  language,
  onDone,
}: {
  indicator: IndicatorDto;
  language: Language;
  /** Called after saving (with the language saved) or cancelling (with null). */
  onDone: (saved: Language | null) => void;
}) {
  const { t } = useTranslation('indicators');
  const store = useStoreIndicator();
  const existing = translationInto(indicator, language);
  const [values, setValues] = useState<TranslationValues>(
    () => Object.fromEntries(TRANSLATED_FIELDS.map((f) => [f, existing?.[f] ?? ''])) as TranslationValues,
  );
  const [checked, setChecked] = useState<FieldErrors>({});
  const titleRef = useRef<HTMLInputElement>(null);
  // The form opens from a button elsewhere on the page: start at its first field.
  useEffect(() => titleRef.current?.focus(), []);

  const input = { ...values, revision: indicator.currentRevision };
  const save = useMutation({
    mutationFn: () => saveIndicatorTranslation(indicator.code, language, input),
    onSuccess: (updated) => {
      store(updated);
      onDone(language);
    },
  });
  const errors = { ...apiFieldErrors(save.error), ...checked };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The server's own schema checks the values first, so mistakes show before anything is sent.
    const result = validateWith(IndicatorTranslationInputSchema, input);
    setChecked(result.ok ? {} : result.errors);
    if (result.ok) save.mutate();
  };

  const original = originalTexts(indicator);
  const target = contentAttributes(language);
  const reference = (text: string) => (
    <>
      {t('translationForm.original')}{' '}
      <span className="prose-text" {...contentAttributes(original.language)}>
        {text || t('empty')}
      </span>
    </>
  );
  const field = (f: Exclude<TranslatedField, 'title'>) => {
    const common = {
      id: `translation-${f}`,
      label: t(`fields.${f}`),
      hint: reference(original.fields[f]),
      error: errors[f],
      value: values[f],
      onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [f]: e.target.value })),
      ...target,
    };
    return f === 'unit' ? (
      <TextField key={f} {...common} maxLength={200} />
    ) : (
      <TextAreaField key={f} {...common} maxLength={TEXT_FIELD_MAX} rows={f === 'references' ? 3 : 5} />
    );
  };

  return (
    <section className="section" aria-labelledby="translation-form-heading">
      <form className="form-card indicator-form" onSubmit={submit} noValidate data-testid="translation-form">
        <h2 id="translation-form-heading">
          <Trans
            t={t}
            i18nKey={existing ? 'translationForm.editHeading' : 'translationForm.heading'}
            components={{ name: <LanguageName language={language} /> }}
          />
        </h2>
        <p className="muted">
          <Trans
            t={t}
            i18nKey="translationForm.intro"
            values={{ revision: indicator.currentRevision }}
            components={{ name: <LanguageName language={original.language} /> }}
          />
        </p>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('fieldInputs.identification')}</legend>
          <TextField
            ref={titleRef}
            id="translation-title"
            label={t('fields.title')}
            hint={reference(original.title)}
            error={errors.title}
            value={values.title}
            maxLength={200}
            required
            onChange={(e) => setValues((v) => ({ ...v, title: e.target.value }))}
            {...target}
          />
        </fieldset>
        {FIELD_SECTIONS.map((section) => (
          <fieldset className="fieldset" key={section.title}>
            <legend className="fieldset__legend">
              {t(sectionKey(section), { defaultValue: section.title })}
            </legend>
            {section.fields.map(field)}
          </fieldset>
        ))}
        {save.isError && !Object.keys(errors).length && (
          <p className="notice notice--error" role="alert">
            <span className="notice__title">{t('translationForm.notSaved')}</span> {errorMessage(save.error)}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t('saving') : t('translationForm.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
