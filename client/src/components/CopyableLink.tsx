import { useRef, useState } from 'react';

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
          Copy<span className="visually-hidden"> the {label.toLowerCase()}</span>
        </button>
      </div>
      <p className="copy-link__status" role="status">
        {state === 'copied' && 'Copied to the clipboard.'}
        {state === 'selected' && 'The link is selected: press Ctrl+C (or ⌘C) to copy it.'}
      </p>
    </div>
  );
}
