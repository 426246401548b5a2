import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../components/formErrors';
import { TextAreaField, TextField } from '../../components/FormField';
import { OrganisationSelect } from '../../components/OrganisationSelect';
import { DocumentPicker } from './DocumentPicker';

export interface PresentationRow {
  key: number;
  title: string;
  presenterOrganisationId: string;
  documentId: string;
  documentTitle: string;
}

export interface DecisionRow {
  key: number;
  text: string;
}

let nextKey = 1;
/** A stable React key for a new row. */
export const rowKey = () => nextKey++;

interface RowsProps<Row> {
  rows: Row[];
  onChange: (rows: Row[]) => void;
  errors: FieldErrors;
}

const replace = <Row,>(rows: Row[], i: number, row: Row) => rows.map((r, j) => (j === i ? row : r));

/** Add/remove rows of presentations: title, presenting organisation and a library document. */
export function PresentationRows({ rows, onChange, errors }: RowsProps<PresentationRow>) {
  const { t } = useTranslation('meetings');
  return (
    <fieldset className="fieldset" data-testid="presentation-rows">
      <legend className="fieldset__legend">{t('form.presentations.legend')}</legend>
      {errors.presentations && <p className="field__error">{errors.presentations}</p>}
      {rows.length === 0 && <p className="muted">{t('form.presentations.none')}</p>}
      {rows.map((row, i) => (
        <fieldset key={row.key} className="fieldset card form-card">
          <legend className="field__label">{t('form.presentations.item', { number: i + 1 })}</legend>
          <TextField
            id={`presentation-${i}-title`}
            name={`presentations.${i}.title`}
            label={t('form.presentations.title')}
            value={row.title}
            maxLength={200}
            error={errors[`presentations.${i}.title`]}
            onChange={(e) => onChange(replace(rows, i, { ...row, title: e.target.value }))}
          />
          <OrganisationSelect
            id={`presentation-${i}-presenter`}
            label={t('form.presentations.presenter')}
            emptyLabel={t('form.notRecorded')}
            value={row.presenterOrganisationId}
            error={errors[`presentations.${i}.presenterOrganisationId`]}
            onChange={(id) => onChange(replace(rows, i, { ...row, presenterOrganisationId: id }))}
          />
          <DocumentPicker
            id={`presentation-${i}-document`}
            value={row.documentId}
            currentTitle={row.documentTitle}
            error={errors[`presentations.${i}.documentId`]}
            onChange={(id, title) =>
              onChange(replace(rows, i, { ...row, documentId: id, documentTitle: title }))
            }
          />
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            {t('form.presentations.remove', { number: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          onChange([
            ...rows,
            { key: rowKey(), title: '', presenterOrganisationId: '', documentId: '', documentTitle: '' },
          ])
        }
      >
        {t('form.presentations.add')}
      </button>
    </fieldset>
  );
}

/** Add/remove rows of decisions, one text each. */
export function DecisionRows({ rows, onChange, errors }: RowsProps<DecisionRow>) {
  const { t } = useTranslation('meetings');
  return (
    <fieldset className="fieldset" data-testid="decision-rows">
      <legend className="fieldset__legend">{t('form.decisions.legend')}</legend>
      {errors.decisions && <p className="field__error">{errors.decisions}</p>}
      {rows.length === 0 && <p className="muted">{t('form.decisions.none')}</p>}
      {rows.map((row, i) => (
        <div key={row.key} className="repeat-row">
          <TextAreaField
            id={`decision-${i}`}
            name={`decisions.${i}`}
            label={t('form.decisions.item', { number: i + 1 })}
            rows={2}
            maxLength={1000}
            value={row.text}
            error={errors[`decisions.${i}`]}
            onChange={(e) => onChange(replace(rows, i, { ...row, text: e.target.value }))}
          />
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            {t('form.decisions.remove', { number: i + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...rows, { key: rowKey(), text: '' }])}
      >
        {t('form.decisions.add')}
      </button>
    </fieldset>
  );
}
