import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import { confirmUnsubscribe, previewUnsubscribe } from '../../api/emailPreferences';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { ErrorMessage, Loading } from '../../components/QueryStatus';

/** `/unsubscribe?token=…`: the visible unsubscribe link of every e-mail; works without signing in. */
export function UnsubscribePage() {
  const { t } = useTranslation('auth');
  useDocumentTitle(t('unsubscribe.title'));
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
        <h1>{t('unsubscribe.title')}</h1>
      </header>
      {preview.isPending && <Loading />}
      {preview.isError && <ErrorMessage error={preview.error} />}
      {preview.data && !confirm.isSuccess && (
        <section className="card section">
          <p>{t('unsubscribe.question')}</p>
          <ul>
            {preview.data.topics.map((item) => (
              <li key={item.topic}>{item.label}</li>
            ))}
          </ul>
          <button
            type="button"
            className="button"
            disabled={confirm.isPending}
            onClick={() => confirm.mutate()}
          >
            {t('unsubscribe.submit')}
          </button>
          {confirm.isError && <ErrorMessage error={confirm.error} />}
        </section>
      )}
      {confirm.isSuccess && (
        <p role="status">
          <Trans t={t} i18nKey="unsubscribe.done" components={{ anchor: <Link to="/settings/email" /> }} />
        </p>
      )}
    </div>
  );
}
