import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SingleFilterProps {
  /** Accessible name of the filter form, e.g. "Filter invitations". */
  label: string;
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** The <option>s (usually an <EnumOptions>). */
  children: ReactNode;
}

/** A one-select "Show" filter above an admin list. */
export function SingleFilter({ label, id, value, onChange, children }: SingleFilterProps) {
  const { t } = useTranslation('common');
  return (
    <form className="filters filters--single" aria-label={label} onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('filters.show')}
        </label>
        <select id={id} className="input select" value={value} onChange={(e) => onChange(e.target.value)}>
          {children}
        </select>
      </div>
    </form>
  );
}
