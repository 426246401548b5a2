import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { MESSAGE_MAX, type MessageDto } from '@shared/schemas/thread';

interface ComposerProps {
  onSend: (body: string, replyTo: MessageDto | null) => void;
  onTyping: () => void;
  replyTo: MessageDto | null;
  onCancelReply: () => void;
}

/** The message box: Enter sends, Shift+Enter starts a new line. */
export function Composer({ onSend, onTyping, replyTo, onCancelReply }: ComposerProps) {
  const [body, setBody] = useState('');
  const [error, setError] = useState('');
  const ref = useRef<HTMLTextAreaElement>(null);

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    const text = body.trim();
    if (!text) {
      setError('Write a message');
      ref.current?.focus();
      return;
    }
    if (text.length > MESSAGE_MAX) {
      setError(`Messages are at most ${MESSAGE_MAX} characters`);
      return;
    }
    setError('');
    onSend(text, replyTo);
    setBody('');
    onCancelReply();
    ref.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };

  return (
    <form className="composer" onSubmit={submit} noValidate>
      {replyTo && (
        <p className="composer__reply" data-testid="replying-to">
          Replying to {replyTo.author?.name ?? 'a former member'}
          <button type="button" className="link-button" onClick={onCancelReply}>
            Cancel reply
          </button>
        </p>
      )}
      <div className={error ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor="composer-body">
          Message
        </label>
        <p className="field__hint" id="composer-body-hint">
          Enter sends, Shift+Enter starts a new line. Markdown works.
        </p>
        {error && (
          <p className="field__error" id="composer-body-error">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <div className="composer__row">
          <textarea
            ref={ref}
            id="composer-body"
            className="input textarea composer__input"
            rows={2}
            value={body}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'composer-body-hint composer-body-error' : 'composer-body-hint'}
            onChange={(e) => {
              setBody(e.target.value);
              if (e.target.value.trim()) onTyping();
            }}
            onKeyDown={onKeyDown}
          />
          <button type="submit" className="button">
            Send
          </button>
        </div>
      </div>
    </form>
  );
}
