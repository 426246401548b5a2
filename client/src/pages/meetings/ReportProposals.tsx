import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeetingDto } from '@shared/schemas/meeting';
import { decideReportProposal, listReportProposals, proposeReport } from '../../api/meetings';
import { queryKeys } from '../../api/queryKeys';
import { useSession } from '../../hooks/useSession';
import { TextAreaField, TextField } from '../../components/FormField';
import { DateTime } from '../../components/dates';
import { ErrorMessage, errorMessage } from '../../components/QueryStatus';
import { ReportHtml } from '../../components/ReportHtml';
import { isolate } from '../../components/UserText';

/** Members propose a new version of the report; hosts accept (it becomes the report) or decline. */
export function ReportProposals({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation('meetings');
  const { user } = useSession();
  const client = useQueryClient();
  const [report, setReport] = useState(meeting.report);
  const [note, setNote] = useState('');
  const [sent, setSent] = useState(false);
  const list = useQuery({
    queryKey: queryKeys.reportProposals(meeting.slug),
    queryFn: ({ signal }) => listReportProposals(meeting.slug, { limit: 20 }, signal),
    enabled: !!user,
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['meeting', meeting.slug] });
  const propose = useMutation({
    mutationFn: () => proposeReport(meeting.slug, { report, note, baseVersion: meeting.reportVersion }),
    onSuccess: async () => {
      setSent(true);
      setNote('');
      await refresh();
    },
  });
  const decide = useMutation({
    mutationFn: ({ id, how }: { id: string; how: 'accept' | 'reject' }) =>
      decideReportProposal(meeting.slug, id, how),
    onSuccess: refresh,
  });
  if (!user) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSent(false);
    propose.mutate();
  };
  const items = list.data?.items ?? [];
  const statusLabels = {
    proposed: t('proposals.status.proposed'),
    accepted: t('proposals.status.accepted'),
    rejected: t('proposals.status.rejected'),
  };
  return (
    <section className="section" id="report-proposals" aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">{t('proposals.heading')}</h2>
      <p className="muted">{t('proposals.current', { version: meeting.reportVersion })}</p>
      {list.isError && <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />}
      {items.length > 0 && (
        <ul className="stack">
          {items.map((p) => (
            <li key={p.id} className="card">
              <p className="meta-line">
                <span className="badge">{statusLabels[p.status]}</span>
                <span>
                  {p.author ? (
                    <Trans
                      t={t}
                      i18nKey="proposals.byline"
                      values={{ name: isolate(p.author.name) }}
                      components={{ date: <DateTime iso={p.createdAt} /> }}
                    />
                  ) : (
                    <Trans
                      t={t}
                      i18nKey="proposals.bylineUnknown"
                      components={{ date: <DateTime iso={p.createdAt} /> }}
                    />
                  )}
                </span>
                <span>{t('proposals.basedOn', { version: p.baseVersion })}</span>
                {p.number && <span>{t('proposals.became', { version: p.number })}</span>}
              </p>
              {p.note && <p dir="auto">{p.note}</p>}
              <details>
                <summary>{t('proposals.read')}</summary>
                <ReportHtml
                  html={p.reportHtml}
                  headingShift={2}
                  label={
                    p.author ? t('proposals.label', { name: p.author.name }) : t('proposals.labelUnknown')
                  }
                />
              </details>
              {meeting.can.reviewProposals && p.status === 'proposed' && (
                <p className="form-actions">
                  <button
                    type="button"
                    className="button button--small"
                    disabled={decide.isPending}
                    onClick={() => decide.mutate({ id: p.id, how: 'accept' })}
                  >
                    {t('proposals.accept')}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={decide.isPending}
                    onClick={() => decide.mutate({ id: p.id, how: 'reject' })}
                  >
                    {t('proposals.decline')}
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {decide.isError && (
        <p className="field__error" role="alert">
          {errorMessage(decide.error)}
        </p>
      )}
      {meeting.can.proposeReport && (
        <details className="card disclosure">
          <summary>{t('proposals.propose')}</summary>
          <form onSubmit={submit} noValidate>
            <TextAreaField
              id="proposal-report"
              label={t('proposals.report')}
              rows={12}
              value={report}
              onChange={(e) => setReport(e.target.value)}
            />
            <TextField
              id="proposal-note"
              label={t('proposals.note')}
              value={note}
              maxLength={500}
              onChange={(e) => setNote(e.target.value)}
            />
            <button type="submit" className="button" disabled={propose.isPending}>
              {propose.isPending ? t('proposals.sending') : t('proposals.send')}
            </button>
            <p role="status">{sent ? t('proposals.sent') : ''}</p>
            {propose.isError && (
              <p className="field__error" role="alert">
                {errorMessage(propose.error)}
              </p>
            )}
          </form>
        </details>
      )}
    </section>
  );
}
