import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Paragraph } from '@shared/paragraphs';
import {
  COMMENT_TYPES,
  CreateCommentSchema,
  type CommentDto,
  type CommentType,
} from '@shared/schemas/consultation';
import { createComment, submitComment, updateComment } from '../../api/consultation';
import { TextAreaField, TextField } from '../../components/FormField';
import { errorMessage } from '../../components/QueryStatus';
import { apiFieldErrors, validateWith, type FieldErrors } from '../../components/formErrors';

/**
 * Drafting a comment on one paragraph (or revising a draft): type, an optional quoted passage, the
 * comment and an optional proposed change, saved as a draft or submitted at once.
 */
export function CommentForm({
  code,
  paragraph,
  draft,
  onDone,
}: {
  code: string;
  paragraph: Paragraph;
  draft?: CommentDto;
  onDone: () => void;
}) {
  const { t } = useTranslation('indicators');
  const queryClient = useQueryClient();
  const [type, setType] = useState<CommentType>(draft?.type ?? 'technical');
  const [quote, setQuote] = useState(draft?.quote ?? '');
  const [comment, setComment] = useState(draft?.comment ?? '');
  const [proposal, setProposal] = useState(draft?.proposedChange ?? '');
  const [checked, setChecked] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: async (submit: boolean) => {
      const body = { type, quote, comment, proposedChange: proposal };
      const saved = draft
        ? await updateComment(code, draft.id, body)
        : await createComment(code, { field: paragraph.field, paragraphId: paragraph.id, ...body });
      return submit ? submitComment(code, saved.id) : saved;
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['indicator', code] });
      onDone();
    },
  });
  const errors = { ...apiFieldErrors(save.error), ...checked };
  const send = (submit: boolean) => (e?: FormEvent) => {
    e?.preventDefault();
    const result = validateWith(CreateCommentSchema, {
      field: paragraph.field,
      paragraphId: paragraph.id,
      type,
      quote,
      comment,
      proposedChange: proposal,
    });
    setChecked(result.ok ? {} : result.errors);
    if (result.ok) save.mutate(submit);
  };
  const id = `comment-${draft?.id ?? paragraph.id}`;
  return (
    <form
      className="card comment-form"
      onSubmit={send(false)}
      noValidate
      aria-label={t('commentForm.label', { number: paragraph.number })}
    >
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('commentForm.type')}</legend>
        {COMMENT_TYPES.map((value) => (
          <label key={value} className="checkbox">
            <input
              type="radio"
              name={`${id}-type`}
              value={value}
              checked={type === value}
              onChange={() => setType(value)}
            />{' '}
            {t(`commentType.${value}`)}
          </label>
        ))}
      </fieldset>
      <TextField
        id={`${id}-quote`}
        label={t('commentForm.quote')}
        hint={t('commentForm.quoteHint')}
        value={quote}
        maxLength={1000}
        error={errors.quote}
        onChange={(e) => setQuote(e.target.value)}
      />
      <TextAreaField
        id={`${id}-text`}
        label={t('commentForm.comment')}
        rows={3}
        value={comment}
        maxLength={4000}
        error={errors.comment}
        onChange={(e) => setComment(e.target.value)}
      />
      <TextAreaField
        id={`${id}-proposal`}
        label={t('commentForm.proposal')}
        hint={t('commentForm.proposalHint')}
        rows={3}
        value={proposal}
        error={errors.proposedChange}
        onChange={(e) => setProposal(e.target.value)}
      />
      {!proposal && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setProposal(paragraph.text)}
        >
          {t('commentForm.startFromText')}
        </button>
      )}
      {save.isError && !Object.keys(errors).length && (
        <p className="notice notice--error" role="alert">
          {errorMessage(save.error)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--secondary" disabled={save.isPending}>
          {t('commentForm.saveDraft')}
        </button>
        <button type="button" className="button" disabled={save.isPending} onClick={() => send(true)()}>
          {t('commentForm.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
