import { useTranslation } from 'react-i18next';
import type { Role } from '@shared/roles';

/** Why the composer is missing: a locked thread, or an observer's account (and what to do about it). */
export function CannotPostHint({ locked, role }: { locked: boolean; role: Role | undefined }) {
  const { t } = useTranslation('discussions');
  return (
    <p className="notice" data-testid="cannot-post">
      {locked
        ? t('cannotPost.locked')
        : role === 'observer'
          ? t('cannotPost.observer')
          : t('cannotPost.readOnly')}
    </p>
  );
}
