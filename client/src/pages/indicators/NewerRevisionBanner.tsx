import type { IndicatorDto } from '@shared/schemas/indicator';
import '../../styles/consultation.css';

/**
 * Editor awareness: while someone edits, the indicator query refreshes live (`entity:changed`), so
 * when another person saves a newer revision this banner says so — with a link to what changed —
 * before the editor saves. Saving then merges that revision into the form.
 */
export function NewerRevisionBanner({ indicator, base }: { indicator: IndicatorDto; base: number }) {
  if (indicator.currentRevision <= base) return null;
  const who = indicator.revision.author?.name ?? 'Someone';
  return (
    <div className="notice notice--warning editor-awareness" role="status" data-testid="newer-revision">
      <p className="notice__title">
        {who} saved revision {indicator.currentRevision} while you were editing
      </p>
      <p>
        Your form is based on revision {base}.{' '}
        <a
          href={`/indicators/${indicator.code}/diff?from=${base}&to=${indicator.currentRevision}`}
          target="_blank"
          rel="noopener"
        >
          See what changed (opens in a new tab)
        </a>
        . When you save, their changes are merged into your form first: nothing of either is lost where the
        changes do not overlap.
      </p>
    </div>
  );
}
