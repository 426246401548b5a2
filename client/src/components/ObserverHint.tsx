import { useTranslation } from 'react-i18next';
import { useSession } from '../hooks/useSession';

/**
 * For observers only: why the page has no button to add or post, said once where the button would
 * be. `what` is what only members and hosts can do, already in the reader's language and worded to
 * follow "only members and hosts can …" there (English "start discussions", French "lancer des
 * discussions", Russian "начинать обсуждения").
 */
export function ObserverHint({ what }: { what: string }) {
  const { t } = useTranslation('common');
  const { user } = useSession();
  if (user?.role !== 'observer') return null;
  return (
    <p className="notice observer-hint" data-testid="observer-hint">
      {t('observerHint', { what })}
    </p>
  );
}
