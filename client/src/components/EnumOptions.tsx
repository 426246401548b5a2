/**
 * The `<option>`s of a select over a fixed list of values, each shown by its label, optionally
 * after an empty ('') option such as "All roles".
 */
export function EnumOptions<Value extends string>({
  values,
  labels,
  emptyLabel,
}: {
  values: readonly Value[];
  labels: Readonly<Record<Value, string>>;
  emptyLabel?: string;
}) {
  return (
    <>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {values.map((value) => (
        <option key={value} value={value}>
          {labels[value]}
        </option>
      ))}
    </>
  );
}
