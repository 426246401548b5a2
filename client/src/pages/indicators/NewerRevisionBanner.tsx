import { Trans, useTranslation } from 'react-i18next';
import type { IndicatorDto } from '@shared/schemas/indicator';
import '../../styles/consultation.css';

/**
 * Editor awareness: while someone edits, the indicator query refreshes live (`entity:changed`), so
 * when another person saves a newer revision this banner says so — with a link to what changed —
 * before the editor saves. Saving then merges that revision into the form.
 */
export function NewerRevisionBanner({ indicator, base }: { indicator: IndicatorDto; base: number }) {
  const { t } = useTranslation('indicators');
  if (indicator.currentRevision <= base) return null;
  const who = indicator.revision.author?.name ?? t('newer.someone');
  return (
    <div className="notice notice--warning editor-awareness" role="status" data-testid="newer-revision">
      <p className="notice__title">{t('newer.title', { who, revision: indicator.currentRevision })}</p>
      <p>
        <Trans
          t={t}
          i18nKey="newer.text"
          values={{ base }}
          components={{
            anchor: (
              <a
                href={`/indicators/${indicator.code}/diff?from=${base}&to=${indicator.currentRevision}`}
                target="_blank"
                rel="noopener"
              />
            ),
          }}
        />
      </p>
    </div>
  );
}
