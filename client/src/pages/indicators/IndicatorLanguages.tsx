import { useState, type FormEvent, type ReactElement } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage, type Language } from '@shared/i18n/languages';
import type { IndicatorDto } from '@shared/schemas/indicator';
import { removeIndicatorTranslation, setIndicatorLanguage } from '../../api/contentLanguage';
import { ConfirmAction } from '../../components/ConfirmAction';
import { LanguageName, LanguageOptions } from '../../components/ContentLanguage';
import { DateTime } from '../../components/dates';
import { SelectField } from '../../components/FormField';
import { errorMessage } from '../../components/QueryStatus';
import { useStoreIndicator } from './TranslationForm';
import { languagesOf, translationInto, type IndicatorTexts } from './translations';

/** Who translated which revision, and when; and whether the original has been revised since. */
function TranslationFacts({ indicator, language }: { indicator: IndicatorDto; language: Language }) {
  const { t } = useTranslation('indicators');
  const translation = translationInto(indicator, language);
  if (!translation) return null;
  return (
    <>
      <Trans
        t={t}
        i18nKey={translation.translatedBy ? 'languages.translatedBy' : 'languages.translatedAnon'}
        values={{ revision: translation.revision, name: translation.translatedBy?.name }}
        components={{ date: <DateTime iso={translation.translatedAt} /> }}
      />
      {translation.revision < indicator.currentRevision && (
        <> {t('languages.outdated', { current: indicator.currentRevision })}</>
      )}
    </>
  );
}

/**
 * The note above an indicator's texts saying which language they are in, with the way to the
 * other one: "Translated from English · Show the original", and back. `anchor` is the element that
 * switches to a language (a button on the page, a link in the print view).
 */
export function TranslationNote({
  indicator,
  texts,
  reader,
  anchor,
}: {
  indicator: IndicatorDto;
  texts: IndicatorTexts;
  /** The reader's interface language. */
  reader: Language;
  anchor: (language: Language) => ReactElement;
}) {
  const { t } = useTranslation('indicators');
  const original = indicator.language;
  let note = null;
  if (texts.translation) {
    note = (
      <>
        <p className="notice__title">
          <Trans
            t={t}
            i18nKey={`languages.translatedFrom.${original}`}
            components={{ anchor: anchor(original) }}
          />
        </p>
        <p>
          <TranslationFacts indicator={indicator} language={texts.language} />
        </p>
      </>
    );
  } else if (translationInto(indicator, reader)) {
    note = (
      <p className="notice__title">
        <Trans t={t} i18nKey={`languages.original.${original}`} components={{ anchor: anchor(reader) }} />
      </p>
    );
  } else if (original !== reader) {
    note = <p>{t(`languages.notTranslated.${original}`)}</p>;
  }
  // Always there, so the change of language is announced where the reader's attention is.
  return (
    <div className={note ? 'notice' : undefined} data-testid="translation-note" aria-live="polite">
      {note}
    </div>
  );
}

/** The languages the indicator can be read in, each a switch; the one shown is pressed. */
export function LanguageSwitch({
  indicator,
  shown,
  onShow,
}: {
  indicator: IndicatorDto;
  shown: Language;
  onShow: (language: Language) => void;
}) {
  const { t } = useTranslation('indicators');
  const languages = languagesOf(indicator);
  if (languages.length < 2) return null;
  return (
    <div
      className="chip-row"
      role="group"
      aria-label={t('languages.switchLabel')}
      data-testid="language-switch"
    >
      {languages.map((l) => (
        <button
          key={l}
          type="button"
          className={l === shown ? 'button button--small' : 'button button--secondary button--small'}
          aria-pressed={l === shown}
          onClick={() => onShow(l)}
        >
          {/* One box: a button lays out its children as flex items. */}
          <span>
            <LanguageName language={l} />
            {l === indicator.language && ` ${t('languages.originalMark')}`}
          </span>
        </button>
      ))}
    </div>
  );
}

/**
 * "Languages" beside the indicator: the original language and each translation (who made it, of
 * which revision); those who may revise the indicator add, edit and remove translations here and
 * correct the original language.
 */
export function LanguagesSection({
  indicator,
  onShow,
  onTranslate,
}: {
  indicator: IndicatorDto;
  onShow: (language: Language) => void;
  /** Opens the translation form for a language. */
  onTranslate: (language: Language) => void;
}) {
  const { t } = useTranslation('indicators');
  const store = useStoreIndicator();
  const [removed, setRemoved] = useState<Language | null>(null);
  const remove = useMutation({
    mutationFn: (language: Language) => removeIndicatorTranslation(indicator.code, language),
    onSuccess: (updated, language) => {
      store(updated);
      setRemoved(language);
    },
  });
  const can = indicator.can.translate;
  const translated = indicator.translations.map((tr) => tr.language);
  const missing = LANGUAGES.filter((l) => l !== indicator.language && !translated.includes(l));
  if (!can && translated.length === 0) return null;
  return (
    <section
      className="section section--tight"
      aria-labelledby="languages-heading"
      data-testid="indicator-languages"
    >
      <h2 id="languages-heading">{t('languages.heading')}</h2>
      <ul className="revision-list">
        <li className="revision-list__item" data-testid="original-language">
          <p className="revision-list__head">
            <strong>
              <LanguageName language={indicator.language} />
            </strong>{' '}
            · {t('languages.originalItem')}
          </p>
          {can && <OriginalLanguageForm indicator={indicator} />}
        </li>
        {indicator.translations.map((tr) => (
          <li key={tr.language} className="revision-list__item" data-testid={`translation-${tr.language}`}>
            <p className="revision-list__head">
              <strong id={`translation-name-${tr.language}`}>
                <LanguageName language={tr.language} />
              </strong>{' '}
              ·{' '}
              <button
                type="button"
                className="link-button"
                aria-describedby={`translation-name-${tr.language}`}
                onClick={() => onShow(tr.language)}
              >
                {t('languages.read')}
              </button>
            </p>
            <p className="muted">
              <TranslationFacts indicator={indicator} language={tr.language} />
            </p>
            {can && (
              <div className="row-actions">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-describedby={`translation-name-${tr.language}`}
                  onClick={() => onTranslate(tr.language)}
                >
                  {t('languages.edit')}
                </button>
                <ConfirmAction
                  label={t('languages.remove')}
                  question={t('languages.removeQuestion', { language: LANGUAGE_NAMES[tr.language] })}
                  confirmLabel={t('languages.removeConfirm')}
                  pending={remove.isPending && remove.variables === tr.language}
                  danger
                  onConfirm={() => remove.mutate(tr.language)}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
      <p role="status" className="form-alert-region">
        {removed && !translated.includes(removed)
          ? t('languages.removed', { language: LANGUAGE_NAMES[removed] })
          : ''}
      </p>
      {remove.isError && (
        <p className="field__error" role="alert">
          {errorMessage(remove.error)}
        </p>
      )}
      {can && missing.length > 0 && <AddTranslationForm missing={missing} onTranslate={onTranslate} />}
    </section>
  );
}

/** "Add a translation": choose a language the indicator is not yet in, then open the form. */
function AddTranslationForm({
  missing,
  onTranslate,
}: {
  missing: Language[];
  onTranslate: (language: Language) => void;
}) {
  const { t } = useTranslation('indicators');
  const [language, setLanguage] = useState('');
  const [error, setError] = useState<string>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!isLanguage(language) || !missing.includes(language)) return setError(t('languages.chooseFirst'));
    setError(undefined);
    onTranslate(language);
  };
  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="add-translation-heading">
      <h3 id="add-translation-heading">{t('languages.add')}</h3>
      <SelectField
        id="add-translation-language"
        label={t('languages.addLanguage')}
        value={language}
        error={error}
        onChange={(e) => setLanguage(e.target.value)}
      >
        <LanguageOptions languages={missing} emptyLabel={t('languages.chooseLanguage')} />
      </SelectField>
      <div>
        <button type="submit" className="button button--secondary">
          {t('languages.translate')}
        </button>
      </div>
    </form>
  );
}

/** Corrects the language the indicator is written in (a language it is translated into is taken). */
function OriginalLanguageForm({ indicator }: { indicator: IndicatorDto }) {
  const { t } = useTranslation('indicators');
  const store = useStoreIndicator();
  const [language, setLanguage] = useState<Language>(indicator.language);
  const save = useMutation({
    mutationFn: () => setIndicatorLanguage(indicator.code, language),
    onSuccess: store,
  });
  const taken = indicator.translations.map((tr) => tr.language);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <details className="disclosure">
      <summary>{t('languages.correct.summary')}</summary>
      <form className="stack" onSubmit={submit} aria-label={t('languages.correct.summary')}>
        <SelectField
          id="indicator-original-language"
          label={t('languages.correct.label')}
          hint={t('languages.correct.hint')}
          value={language}
          onChange={(e) => isLanguage(e.target.value) && setLanguage(e.target.value)}
        >
          <LanguageOptions disabled={taken} />
        </SelectField>
        {save.isError && (
          <p className="field__error" role="alert">
            {errorMessage(save.error)}
          </p>
        )}
        <p role="status" className="form-alert-region">
          {save.isSuccess && save.data.language === language ? t('languages.correct.saved') : ''}
        </p>
        <button
          type="submit"
          className="button button--secondary button--small"
          disabled={save.isPending || language === indicator.language}
        >
          {save.isPending ? t('saving') : t('languages.correct.save')}
        </button>
      </form>
    </details>
  );
}
