import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmActionProps {
  /** The first button, e.g. "Suspend". */
  label: string;
  /** The question asked before acting, e.g. "Suspend Maya Member? They are signed out at once." */
  question: string;
  /** The button that acts, e.g. "Yes, suspend". */
  confirmLabel: string;
  onConfirm: () => void;
  pending?: boolean;
  danger?: boolean;
  /** The first button as a link among links (a message's Reply · Edit · Delete); a button otherwise. */
  asLink?: boolean;
}

/**
 * A button that asks before it acts: the first press shows the question with confirm and cancel
 * buttons. Focus moves to the confirm button, then back to the first button.
 */
export function ConfirmAction({
  label,
  question,
  confirmLabel,
  onConfirm,
  pending,
  danger,
  asLink,
}: ConfirmActionProps) {
  const { t } = useTranslation('common');
  const [asking, setAsking] = useState(false);
  const [returnFocus, setReturnFocus] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus) startRef.current?.focus();
  }, [asking, returnFocus]);

  const tone = danger ? ' button--danger' : '';
  if (!asking) {
    // aria-disabled rather than disabled while working, so focus can come back to this button.
    return (
      <button
        ref={startRef}
        type="button"
        className={
          asLink
            ? `link-button${danger ? ' link-button--danger' : ''}`
            : `button button--secondary button--small${tone}`
        }
        onClick={() => !pending && setAsking(true)}
        aria-disabled={pending || undefined}
      >
        {pending ? t('status.working') : label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={label}>
      <p className="confirm__question">{question}</p>
      <div className="confirm__actions">
        <button
          ref={confirmRef}
          type="button"
          className={`button button--small${tone}`}
          onClick={() => {
            setAsking(false);
            setReturnFocus(true);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            setAsking(false);
            setReturnFocus(true);
          }}
        >
          {t('actions.cancel')}
        </button>
      </div>
    </div>
  );
}
