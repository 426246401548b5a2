import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import {
  SaveIndicatorSchema,
  type IndicatorDto,
  type IndicatorFields,
  type RevisionDto,
} from '@shared/schemas/indicator';
import { getIndicatorDiff, saveIndicator } from '../../api/indicators';
import { queryKeys } from '../../api/queryKeys';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { TextField } from '../../components/FormField';
import { ErrorMessage, Loading, errorMessage } from '../../components/QueryStatus';
import { IndicatorNotFound, useIndicator } from '../IndicatorPage';
import { IndicatorFieldInputs } from './IndicatorFieldInputs';
import { DiffView } from './DiffView';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../components/formErrors';
import { NotAllowedNotice } from '../../components/NotAllowedNotice';
import { useSession } from '../../hooks/useSession';
import { changedValues, mergeRevision, type MergeResult } from './mergeRevision';
import { NewerRevisionBanner } from './NewerRevisionBanner';
import { intlLocale } from '../../i18n';
import { LanguageName } from '../../components/ContentLanguage';

/** `/indicators/:code/edit`: the editor; a fresh form per indicator. */
export function IndicatorEditorPage() {
  const { t } = useTranslation('indicators');
  const { code = '' } = useParams();
  const { query, notFound } = useIndicator(code);
  useDocumentTitle(query.data ? t('editor.documentTitle', { code: query.data.code }) : t('editor.title'));
  if (query.isPending) return <Loading label={t('indicator.loading')} />;
  if (notFound) return <IndicatorNotFound />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data.can.edit) return <CannotEdit indicator={query.data} />;
  // Keyed by code only: a background refetch must not wipe what the author is typing.
  return <Editor key={code} indicator={query.data} />;
}

/** Reached by its address without the right to edit: why, before anyone types a word. */
function CannotEdit({ indicator }: { indicator: IndicatorDto }) {
  const { t } = useTranslation('indicators');
  const { user } = useSession();
  return (
    <NotAllowedNotice
      title={t('editor.documentTitle', { code: indicator.code })}
      back={{ to: `/indicators/${indicator.code}`, label: indicator.code }}
    >
      {indicator.status === 'endorsed'
        ? t('editor.cannotEdit.endorsed')
        : indicator.status === 'retired'
          ? t('editor.cannotEdit.retired')
          : user?.role === 'observer'
            ? t('editor.cannotEdit.observer')
            : t('editor.cannotEdit.notAllowed')}
    </NotAllowedNotice>
  );
}

interface Conflict {
  latest: RevisionDto;
  message: string;
  /** The revision the author had started from when the conflict happened. */
  from: number;
  merge: MergeResult;
}

function Editor({ indicator }: { indicator: IndicatorDto }) {
  const { t } = useTranslation('indicators');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [base, setBase] = useState({ number: indicator.currentRevision, fields: indicator.fields });
  const [values, setValues] = useState<IndicatorFields>(indicator.fields);
  const [note, setNote] = useState('');
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [unchanged, setUnchanged] = useState(false);
  const [checked, setChecked] = useState<FieldErrors>({});
  const errors = { ...apiFieldErrors(error), ...checked };
  const changes = changedValues(base.fields, values);
  const dirty = Object.keys(changes).length > 0;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setUnchanged(!dirty);
    if (!dirty) return setError(null);
    // The server's own schema checks the values first, so mistakes show before anything is sent.
    const result = validateWith(SaveIndicatorSchema, { baseRevision: base.number, note, ...changes });
    setChecked(result.ok ? {} : result.errors);
    if (!result.ok) return setError(null);
    setSaving(true);
    setError(null);
    try {
      const result = await saveIndicator(indicator.code, { baseRevision: base.number, note, ...changes });
      if (result.ok) {
        queryClient.setQueryData(queryKeys.indicator(indicator.code), result.indicator);
        void queryClient.invalidateQueries({ queryKey: ['indicator', indicator.code] });
        void queryClient.invalidateQueries({ queryKey: ['indicators'] });
        void navigate(`/indicators/${indicator.code}`);
        return;
      }
      // Someone saved meanwhile: merge their revision into the form and rebase on it.
      const merge = mergeRevision(base.fields, values, result.latest.fields);
      setConflict({ latest: result.latest, message: result.message, from: base.number, merge });
      setValues(merge.values);
      setBase({ number: result.latest.number, fields: result.latest.fields });
      window.scrollTo({ top: 0 });
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  const clashNote = (field: keyof IndicatorFields) => {
    if (!conflict?.merge.clashes.includes(field)) return null;
    const theirs = conflict.latest.fields[field];
    return (
      <div className="notice notice--warning clash" data-testid={`clash-${field}`}>
        <p className="notice__title">
          {t('editor.clash.title', { field: t(`fields.${field}`).toLocaleLowerCase(intlLocale()) })}
        </p>
        <p>{t('editor.clash.theirs', { revision: conflict.latest.number })}</p>
        <blockquote className="clash__theirs">{theirs || t('empty')}</blockquote>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setValues((v) => ({ ...v, [field]: theirs }))}
        >
          {t('editor.clash.useTheirs')}
        </button>
      </div>
    );
  };

  return (
    <div className="page indicator-editor">
      <p className="back-link">
        <Link to={`/indicators/${indicator.code}`}>{t('back', { label: indicator.code })}</Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">{indicator.code}</p>
        <h1>{t('editor.title')}</h1>
        <p className="muted">{t('editor.basedOn', { base: base.number, next: base.number + 1 })}</p>
        <p className="muted">
          <Trans
            t={t}
            i18nKey="editor.language"
            components={{ name: <LanguageName language={indicator.language} /> }}
          />
        </p>
      </header>
      {conflict && <ConflictNotice code={indicator.code} conflict={conflict} />}
      <NewerRevisionBanner indicator={indicator} base={base.number} />
      <form className="form-card indicator-form" onSubmit={(e) => void submit(e)} noValidate>
        <IndicatorFieldInputs
          language={indicator.language}
          values={values}
          errors={errors}
          extra={clashNote}
          onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
        />
        <TextField
          id="revision-note"
          label={t('editor.note')}
          hint={t('editor.noteHint')}
          value={note}
          maxLength={500}
          error={errors.note}
          onChange={(e) => setNote(e.target.value)}
        />
        {unchanged && (
          <p className="notice notice--error" role="alert">
            {t('editor.unchanged')}
          </p>
        )}
        {error !== null && !Object.keys(errors).length && (
          <p className="notice notice--error" role="alert">
            {errorMessage(error)}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={saving}>
            {saving ? t('saving') : conflict ? t('editor.saveMerged') : t('editor.save')}
          </button>
          <Link to={`/indicators/${indicator.code}`} className="button button--secondary">
            {t('cancel')}
          </Link>
        </div>
      </form>
    </div>
  );
}

/** What happened: who saved meanwhile, what they changed, and how the form was merged. */
function ConflictNotice({ code, conflict }: { code: string; conflict: Conflict }) {
  const { t } = useTranslation('indicators');
  const diff = useQuery({
    queryKey: queryKeys.indicatorDiff(code, conflict.from, conflict.latest.number),
    queryFn: ({ signal }) => getIndicatorDiff(code, conflict.from, conflict.latest.number, signal),
  });
  const { taken, merged, clashes } = conflict.merge;
  const names = (fields: (keyof IndicatorFields)[]) =>
    fields.map((f) => t(`fields.${f}`)).join(t('listSeparator'));
  return (
    <section
      className="notice notice--warning conflict"
      role="alert"
      aria-labelledby="conflict-title"
      data-testid="conflict"
    >
      <h2 id="conflict-title" className="notice__title">
        {t('editor.conflict.title')}
      </h2>
      <p>{conflict.message}</p>
      <ul>
        {taken.length > 0 && <li>{t('editor.conflict.taken', { fields: names(taken) })}</li>}
        {merged.length > 0 && <li>{t('editor.conflict.merged', { fields: names(merged) })}</li>}
        {clashes.length > 0 && <li>{t('editor.conflict.clashes', { fields: names(clashes) })}</li>}
        <li>{t('editor.conflict.kept')}</li>
      </ul>
      <details open>
        <summary>
          {t('editor.conflict.whatChanged', { from: conflict.from, to: conflict.latest.number })}
        </summary>
        {diff.isPending && <Loading label={t('editor.conflict.loading')} />}
        {diff.isError && <ErrorMessage error={diff.error} />}
        {diff.data && <DiffView diff={diff.data} />}
      </details>
    </section>
  );
}
