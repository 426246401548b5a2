import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Paragraph } from '@shared/paragraphs';
import {
  COMMENT_TYPES,
  COMMENT_TYPE_LABELS,
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
      aria-label={`Comment on paragraph ${paragraph.number}`}
    >
      <fieldset className="fieldset">
        <legend className="fieldset__legend">Type of comment</legend>
        {COMMENT_TYPES.map((t) => (
          <label key={t} className="checkbox">
            <input
              type="radio"
              name={`${id}-type`}
              value={t}
              checked={type === t}
              onChange={() => setType(t)}
            />{' '}
            {COMMENT_TYPE_LABELS[t]}
          </label>
        ))}
      </fieldset>
      <TextField
        id={`${id}-quote`}
        label="Quoted passage (optional)"
        hint="Copy the words of the paragraph your comment is about."
        value={quote}
        maxLength={1000}
        error={errors.quote}
        onChange={(e) => setQuote(e.target.value)}
      />
      <TextAreaField
        id={`${id}-text`}
        label="Comment"
        rows={3}
        value={comment}
        maxLength={4000}
        error={errors.comment}
        onChange={(e) => setComment(e.target.value)}
      />
      <TextAreaField
        id={`${id}-proposal`}
        label="Proposed change (optional)"
        hint="The paragraph as you would write it; it is shown as a word diff against the paragraph."
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
          Start from the paragraph’s text
        </button>
      )}
      {save.isError && !Object.keys(errors).length && (
        <p className="notice notice--error" role="alert">
          {errorMessage(save.error)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--secondary" disabled={save.isPending}>
          Save draft
        </button>
        <button type="button" className="button" disabled={save.isPending} onClick={() => send(true)()}>
          Submit comment
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
