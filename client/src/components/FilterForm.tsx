import type { ReactNode } from 'react';
import { TextField } from './FormField';

/** A search landmark holding filter fields that apply as they change (submitting does nothing). */
export function FilterForm({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form
      className="filters filters--auto"
      role="search"
      aria-label={label}
      onSubmit={(e) => e.preventDefault()}
    >
      {children}
    </form>
  );
}

/** The free-text search field of a FilterForm. */
export function FilterSearchField({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextField
      id={id}
      label={label}
      type="search"
      value={value}
      maxLength={100}
      autoComplete="off"
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
