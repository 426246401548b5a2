import { useTranslation } from 'react-i18next';
import type { IndicatorDiff } from '@shared/schemas/indicator';

/** One field's word-level changes: insertions in <ins>, deletions in <del>. */
export function DiffSegments({ segments }: { segments: IndicatorDiff['fields'][number]['segments'] }) {
  const { t } = useTranslation('indicators');
  if (segments.length === 0) return <span className="muted">{t('empty')}</span>;
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
  const { t } = useTranslation('indicators');
  const changed = diff.fields.filter((f) => f.changed);
  const unchanged = diff.fields.filter((f) => !f.changed);
  return (
    <div className="diff" data-testid="diff">
      {changed.length === 0 && <p className="notice">{t('diff.same')}</p>}
      {changed.map((f) => (
        <section
          key={f.field}
          className="diff__field"
          data-testid={`diff-${f.field}`}
          aria-labelledby={`diff-${f.field}-h`}
        >
          <h3 id={`diff-${f.field}-h`} className="diff__label">
            {t(`fields.${f.field}`)} <span className="badge badge--warning">{t('diff.changed')}</span>
          </h3>
          <p className="diff__text">
            <DiffSegments segments={f.segments} />
          </p>
        </section>
      ))}
      {unchanged.length > 0 && (
        <details className="diff__unchanged">
          <summary>
            {t('diff.unchanged', {
              count: unchanged.length,
              fields: unchanged.map((f) => t(`fields.${f.field}`)).join(t('listSeparator')),
            })}
          </summary>
          {unchanged.map((f) => (
            <section key={f.field} className="diff__field">
              <h3 className="diff__label">{t(`fields.${f.field}`)}</h3>
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
