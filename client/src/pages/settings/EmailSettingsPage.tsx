import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  EMAIL_FREQUENCIES,
  DIGEST_ONLY_TOPICS,
  type EmailFrequency,
  type EmailTopic,
} from '@shared/schemas/emailPreferences';
import { emailPreferencesKey, getEmailPreferences, updateEmailPreferences } from '../../api/emailPreferences';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { ErrorMessage, Loading } from '../../components/QueryStatus';

/** `/settings/email`: per topic, off / at once (gathered over a few minutes) / daily / weekly digest. */
export function EmailSettingsPage() {
  const { t } = useTranslation('auth');
  useDocumentTitle(t('emailSettings.title'));
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: emailPreferencesKey,
    queryFn: ({ signal }) => getEmailPreferences(signal),
  });
  const mutation = useMutation({
    mutationFn: (change: { topic: EmailTopic; frequency: EmailFrequency }) =>
      updateEmailPreferences({ topics: { [change.topic]: change.frequency } }),
    onSuccess: (data) => queryClient.setQueryData(emailPreferencesKey, data),
  });

  return (
    <div className="page page--narrow">
      <header className="page-header">
        <h1>{t('emailSettings.title')}</h1>
        <p className="lead">{t('emailSettings.lead')}</p>
      </header>
      {query.isPending && <Loading />}
      {query.isError && <ErrorMessage error={query.error} />}
      {query.data && (
        <section className="card section" aria-labelledby="email-topics-heading">
          <h2 id="email-topics-heading">{t('emailSettings.sentTo', { email: query.data.email })}</h2>
          {!query.data.enabled && <p className="muted">{t('emailSettings.noMailServer')}</p>}
          <table className="settings-table">
            <thead>
              <tr>
                <th scope="col">{t('emailSettings.columns.when')}</th>
                <th scope="col">{t('emailSettings.columns.email')}</th>
              </tr>
            </thead>
            <tbody>
              {query.data.topics.map((item) => (
                <tr key={item.topic}>
                  <th scope="row">
                    <label htmlFor={`email-${item.topic}`}>{item.label}</label>
                  </th>
                  <td>
                    <select
                      className="input select"
                      id={`email-${item.topic}`}
                      value={item.frequency}
                      disabled={mutation.isPending}
                      onChange={(e) =>
                        mutation.mutate({ topic: item.topic, frequency: e.target.value as EmailFrequency })
                      }
                    >
                      {EMAIL_FREQUENCIES.filter(
                        (f) => f !== 'instant' || !DIGEST_ONLY_TOPICS.includes(item.topic),
                      ).map((f) => (
                        <option key={f} value={f}>
                          {t(`emailSettings.frequencies.${f}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p aria-live="polite" className="muted">
            {mutation.isSuccess ? t('emailSettings.saved') : ''}
          </p>
          {mutation.isError && <ErrorMessage error={mutation.error} />}
        </section>
      )}
    </div>
  );
}
