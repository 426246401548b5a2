import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  EMAIL_FREQUENCIES,
  DIGEST_ONLY_TOPICS,
  type EmailFrequency,
  type EmailTopic,
} from '@shared/schemas/emailPreferences';
import { emailPreferencesKey, getEmailPreferences, updateEmailPreferences } from '../../api/emailPreferences';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { ErrorMessage, Loading } from '../../components/QueryStatus';

const FREQUENCY_LABELS: Record<EmailFrequency, string> = {
  off: 'Off',
  instant: 'At once',
  daily: 'Daily digest',
  weekly: 'Weekly digest',
};

/** `/settings/email`: per topic, off / at once (gathered over a few minutes) / daily / weekly digest. */
export function EmailSettingsPage() {
  useDocumentTitle('E-mail settings');
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
        <h1>E-mail settings</h1>
        <p className="lead">
          Choose what reaches you by e-mail. “At once” gathers what happens over a few minutes into one
          e-mail; digests come once a day or once a week. You can answer discussion e-mails by replying to
          them.
        </p>
      </header>
      {query.isPending && <Loading />}
      {query.isError && <ErrorMessage error={query.error} />}
      {query.data && (
        <section className="card section" aria-labelledby="email-topics-heading">
          <h2 id="email-topics-heading">Sent to {query.data.email}</h2>
          {!query.data.enabled && (
            <p className="muted">
              This workspace has no mail server configured yet: your choices apply once it has.
            </p>
          )}
          <table className="table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">E-mail</th>
              </tr>
            </thead>
            <tbody>
              {query.data.topics.map((t) => (
                <tr key={t.topic}>
                  <th scope="row">
                    <label htmlFor={`email-${t.topic}`}>{t.label}</label>
                  </th>
                  <td>
                    <select
                      id={`email-${t.topic}`}
                      value={t.frequency}
                      disabled={mutation.isPending}
                      onChange={(e) =>
                        mutation.mutate({ topic: t.topic, frequency: e.target.value as EmailFrequency })
                      }
                    >
                      {EMAIL_FREQUENCIES.filter(
                        (f) => f !== 'instant' || !DIGEST_ONLY_TOPICS.includes(t.topic),
                      ).map((f) => (
                        <option key={f} value={f}>
                          {FREQUENCY_LABELS[f]}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p aria-live="polite" className="muted">
            {mutation.isSuccess ? 'Saved.' : ''}
          </p>
          {mutation.isError && <ErrorMessage error={mutation.error} />}
        </section>
      )}
    </div>
  );
}
