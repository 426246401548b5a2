import type { IndicatorDiff } from '@shared/schemas/indicator';

/** One field's word-level changes: insertions in <ins>, deletions in <del>. */
export function DiffSegments({ segments }: { segments: IndicatorDiff['fields'][number]['segments'] }) {
  if (segments.length === 0) return <span className="muted">(empty)</span>;
  return (
    <>
      {segments.map((s, i) =>
        s.type === 'insert' ? (
          <ins key={i}>{s.text}</ins>
        ) : s.type === 'delete' ? (
          <del key={i}>{s.text}</del>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

/**
 * A field-by-field diff: changed fields open with their marked-up text; unchanged fields are
 * collapsed into one disclosure so the changes stand out.
 */
export function DiffView({ diff }: { diff: IndicatorDiff }) {
  const changed = diff.fields.filter((f) => f.changed);
  const unchanged = diff.fields.filter((f) => !f.changed);
  return (
    <div className="diff" data-testid="diff">
      {changed.length === 0 && <p className="notice">These revisions have the same text.</p>}
      {changed.map((f) => (
        <section
          key={f.field}
          className="diff__field"
          data-testid={`diff-${f.field}`}
          aria-labelledby={`diff-${f.field}-h`}
        >
          <h3 id={`diff-${f.field}-h`} className="diff__label">
            {f.label} <span className="badge badge--warning">Changed</span>
          </h3>
          <p className="diff__text">
            <DiffSegments segments={f.segments} />
          </p>
        </section>
      ))}
      {unchanged.length > 0 && (
        <details className="diff__unchanged">
          <summary>
            {unchanged.length} unchanged {unchanged.length === 1 ? 'field' : 'fields'}:{' '}
            {unchanged.map((f) => f.label).join(', ')}
          </summary>
          {unchanged.map((f) => (
            <section key={f.field} className="diff__field">
              <h3 className="diff__label">{f.label}</h3>
              <p className="diff__text">
                <DiffSegments segments={f.segments} />
              </p>
            </section>
          ))}
        </details>
      )}
    </div>
  );
}
