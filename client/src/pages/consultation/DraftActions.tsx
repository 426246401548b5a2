import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CommentDto } from '@shared/schemas/consultation';
import { deleteComment, submitComment } from '../../api/consultation';
import { errorMessage } from '../../components/QueryStatus';

/** A draft's controls for its organisation's people: revise, submit, delete. */
export function DraftActions({
  code,
  comment,
  onEdit,
}: {
  code: string;
  comment: CommentDto;
  onEdit: () => void;
}) {
  const { t } = useTranslation('indicators');
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['indicator', code] });
  const submit = useMutation({ mutationFn: () => submitComment(code, comment.id), onSuccess: refresh });
  const remove = useMutation({ mutationFn: () => deleteComment(code, comment.id), onSuccess: refresh });
  const error = submit.error ?? remove.error;
  return (
    <>
      <div className="comment-card__actions">
        <button
          type="button"
          className="button button--small"
          disabled={submit.isPending}
          onClick={() => submit.mutate()}
        >
          {t('draftActions.submit')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onEdit}>
          {t('draftActions.revise')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={remove.isPending}
          onClick={() => remove.mutate()}
        >
          {t('draftActions.delete')}
        </button>
      </div>
      {error && (
        <p className="notice notice--error" role="alert">
          {errorMessage(error)}
        </p>
      )}
    </>
  );
}
