import { useTranslation } from 'react-i18next';
import { useSocket } from '../hooks/useSocket';

/** A small, non-blocking notice while the realtime connection is being re-established. */
export function ConnectionBanner() {
  const { t } = useTranslation('common');
  const { state } = useSocket();
  return (
    <div className="connection-banner-region" role="status" aria-live="polite">
      {state === 'reconnecting' && (
        <p className="connection-banner" data-testid="reconnecting-banner">
          <span className="spinner" aria-hidden="true" />
          {t('connection.reconnecting')}
        </p>
      )}
    </div>
  );
}
