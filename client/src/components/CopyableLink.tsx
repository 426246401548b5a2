import { useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { intlLocale } from '../i18n';

type CopyState = 'idle' | 'copied' | 'selected';

/**
 * A one-time link in a read-only field with a Copy button. When the clipboard is unavailable
 * (older browsers, insecure origins, denied permission) the text is selected for a manual copy.
 */
export function CopyableLink({
  id,
  label,
  url,
  testId,
}: {
  id: string;
  label: string;
  url: string;
  testId?: string;
}) {
  const { t } = useTranslation('admin');
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<CopyState>('idle');

  const selectText = () => {
    inputRef.current?.focus();
    inputRef.current?.select();
    setState('selected');
  };

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('Clipboard unavailable');
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      selectText();
    }
  };

  return (
    <div className="copy-link">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="copy-link__row">
        <input
          ref={inputRef}
          id={id}
          className="input copy-link__input"
          type="text"
          value={url}
          readOnly
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
          data-testid={testId}
        />
        <button type="button" className="button button--small" onClick={() => void copy()}>
          <Trans
            t={t}
            i18nKey="copyableLink.copy"
            values={{ label: label.toLocaleLowerCase(intlLocale()) }}
            components={{ hidden: <span className="visually-hidden" /> }}
          />
        </button>
      </div>
      <p className="copy-link__status" role="status">
        {state === 'copied' && t('copyableLink.copied')}
        {state === 'selected' && t('copyableLink.selected')}
      </p>
    </div>
  );
}
