import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MESSAGE_MAX, type Mentionable, type MessageDto } from '@shared/schemas/thread';
import { useMentionAutocomplete } from './useMentionAutocomplete';
import { MentionSuggestions } from './MentionSuggestions';

interface ComposerProps {
  threadId: string;
  onSend: (body: string, replyTo: MessageDto | null, mentions: Mentionable[]) => void;
  onTyping: () => void;
  replyTo: MessageDto | null;
  onCancelReply: () => void;
}

/** The message box: Enter sends, Shift+Enter starts a new line, @ suggests people to mention. */
export function Composer({ threadId, onSend, onTyping, replyTo, onCancelReply }: ComposerProps) {
  const { t } = useTranslation('discussions');
  const [body, setBody] = useState('');
  const [error, setError] = useState('');
  const ref = useRef<HTMLTextAreaElement>(null);
  const mention = useMentionAutocomplete(threadId);

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    const text = body.trim();
    if (!text) {
      setError(t('composer.writeMessage'));
      ref.current?.focus();
      return;
    }
    if (text.length > MESSAGE_MAX) {
      setError(t('composer.tooLong', { max: MESSAGE_MAX }));
      return;
    }
    setError('');
    onSend(text, replyTo, mention.takeMentions(text));
    setBody('');
    onCancelReply();
    ref.current?.focus();
  };

  const choose = (person: Mentionable) => {
    const el = ref.current;
    const next = mention.choose(person, body, el?.selectionStart ?? body.length);
    setBody(next.value);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(next.caret, next.caret);
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (mention.open) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        mention.move(e.key === 'ArrowDown' ? 1 : -1);
        return;
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        choose(mention.items[mention.active]!);
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        mention.close();
        return;
      }
    }
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };

  return (
    <form className="composer" onSubmit={submit} noValidate>
      {replyTo && (
        <p className="composer__reply" data-testid="replying-to">
          {replyTo.author
            ? t('composer.replyingTo', { name: replyTo.author.name })
            : t('composer.replyingToFormer')}
          <button type="button" className="link-button" onClick={onCancelReply}>
            {t('composer.cancelReply')}
          </button>
        </p>
      )}
      <div className={error ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor="composer-body">
          {t('composer.label')}
        </label>
        <p className="field__hint" id="composer-body-hint">
          {t('composer.hint')}
        </p>
        {error && (
          <p className="field__error" id="composer-body-error">
            <span className="visually-hidden">{t('common:form.errorPrefix')}</span>
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
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={mention.open}
            aria-controls="mention-suggestions"
            aria-activedescendant={mention.open ? `mention-${mention.active}` : undefined}
            onChange={(e) => {
              setBody(e.target.value);
              mention.track(e.target.value, e.target.selectionStart);
              if (e.target.value.trim()) onTyping();
            }}
            onClick={(e) => mention.track(body, e.currentTarget.selectionStart)}
            onBlur={() => window.setTimeout(mention.close, 150)}
            onKeyDown={onKeyDown}
          />
          <button type="submit" className="button">
            {t('composer.send')}
          </button>
        </div>
        <MentionSuggestions
          id="mention-suggestions"
          open={mention.open}
          items={mention.items}
          active={mention.active}
          onChoose={choose}
        />
      </div>
    </form>
  );
}
