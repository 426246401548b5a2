import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyableLink } from './CopyableLink';

interface IssuedLinkNoticeProps {
  id: string;
  title: string;
  /** What the link is for and how it reaches the person. */
  children?: ReactNode;
  linkLabel: string;
  url: string;
  onDismiss?: () => void;
}

/**
 * A one-time link, shown prominently right after it was issued (it is never shown again).
 * Focus moves to its title so keyboard and screen-reader users land on it.
 */
export function IssuedLinkNotice({ id, title, children, linkLabel, url, onDismiss }: IssuedLinkNoticeProps) {
  const { t } = useTranslation('admin');
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    titleRef.current?.focus();
  }, [url]);
  return (
    <section
      className="notice notice--success issued-link"
      aria-labelledby={`${id}-title`}
      data-testid="issued-link-notice"
    >
      <h2 className="issued-link__title" id={`${id}-title`} ref={titleRef} tabIndex={-1}>
        {title}
      </h2>
      {children}
      <CopyableLink id={`${id}-url`} label={linkLabel} url={url} testId="issued-link" />
      <p className="muted issued-link__note">{t('issuedLink.note')}</p>
      {onDismiss && (
        <button type="button" className="button button--secondary button--small" onClick={onDismiss}>
          {t('issuedLink.done')}
        </button>
      )}
    </section>
  );
}
