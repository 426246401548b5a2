import type { ReactNode } from 'react';
import { useMeetingOptions } from '../hooks/useMeetingOptions';
import { SelectField } from './FormField';

interface MeetingSelectProps {
  id: string;
  label: ReactNode;
  /** A meeting id, or '' for the empty option. */
  value: string;
  onChange: (meetingId: string) => void;
  /** The text of the '' option, e.g. "No meeting" or "All meetings". */
  emptyLabel: string;
  hint?: ReactNode;
  error?: string;
  name?: string;
}

/** A select of the meetings the viewer may read, newest first. */
export function MeetingSelect({
  id,
  label,
  value,
  onChange,
  emptyLabel,
  hint,
  error,
  name,
}: MeetingSelectProps) {
  const options = useMeetingOptions();
  const loadError = options.isError
    ? 'The meetings could not be loaded. Reload the page to try again.'
    : undefined;
  return (
    <SelectField
      id={id}
      name={name}
      label={label}
      hint={hint}
      error={error ?? loadError}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-busy={options.isPending || undefined}
    >
      <option value="">{options.isPending ? 'Loading meetings…' : emptyLabel}</option>
      {options.data?.map((meeting) => (
        <option key={meeting.id} value={meeting.id}>
          {meeting.title}
        </option>
      ))}
    </SelectField>
  );
}
