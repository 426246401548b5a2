import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { confirmUnsubscribe, previewUnsubscribe } from '../../api/emailPreferences';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { ErrorMessage, Loading } from '../../components/QueryStatus';

/** `/unsubscribe?token=…`: the visible unsubscribe link of every e-mail; works without signing in. */
export function UnsubscribePage() {
  useDocumentTitle('Unsubscribe');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const preview = useQuery({
    queryKey: ['unsubscribe', token],
    queryFn: ({ signal }) => previewUnsubscribe(token, signal),
    retry: false,
  });
  const confirm = useMutation({ mutationFn: () => confirmUnsubscribe(token) });
  return (
    <div className="page page--narrow">
      <header className="page-header">
        <h1>Unsubscribe</h1>
      </header>
      {preview.isPending && <Loading />}
      {preview.isError && <ErrorMessage error={preview.error} />}
      {preview.data && !confirm.isSuccess && (
        <section className="card section">
          <p>Stop these e-mails?</p>
          <ul>
            {preview.data.topics.map((t) => (
              <li key={t.topic}>{t.label}</li>
            ))}
          </ul>
          <button
            type="button"
            className="button"
            disabled={confirm.isPending}
            onClick={() => confirm.mutate()}
          >
            Unsubscribe
          </button>
          {confirm.isError && <ErrorMessage error={confirm.error} />}
        </section>
      )}
      {confirm.isSuccess && (
        <p role="status">
          Done: you will not get these e-mails any more. Change your mind in your{' '}
          <Link to="/settings/email">e-mail settings</Link>.
        </p>
      )}
    </div>
  );
}
