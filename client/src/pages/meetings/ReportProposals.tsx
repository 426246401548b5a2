import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeetingDto } from '@shared/schemas/meeting';
import { decideReportProposal, listReportProposals, proposeReport } from '../../api/meetings';
import { queryKeys } from '../../api/queryKeys';
import { useSession } from '../../hooks/useSession';
import { TextAreaField, TextField } from '../../components/FormField';
import { DateTime } from '../../components/dates';
import { ErrorMessage, errorMessage } from '../../components/QueryStatus';
import { ReportHtml } from '../../components/ReportHtml';

const STATUS_LABELS = { proposed: 'Waiting for a host', accepted: 'Accepted', rejected: 'Declined' } as const;

/** Members propose a new version of the report; hosts accept (it becomes the report) or decline. */
export function ReportProposals({ meeting }: { meeting: MeetingDto }) {
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
  return (
    <section className="section" id="report-proposals" aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">Report versions</h2>
      <p className="muted">The report shown above is version {meeting.reportVersion}.</p>
      {list.isError && <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />}
      {items.length > 0 && (
        <ul className="stack">
          {items.map((p) => (
            <li key={p.id} className="card">
              <p className="meta-line">
                <span className="badge">{STATUS_LABELS[p.status]}</span>
                <span>
                  {p.author?.name ?? 'Someone'}, <DateTime iso={p.createdAt} />
                </span>
                <span>based on version {p.baseVersion}</span>
                {p.number && <span>became version {p.number}</span>}
              </p>
              {p.note && <p>{p.note}</p>}
              <details>
                <summary>Read this version</summary>
                <ReportHtml
                  html={p.reportHtml}
                  headingShift={2}
                  label={`Proposed report by ${p.author?.name ?? 'someone'}`}
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
                    Accept as the new report
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={decide.isPending}
                    onClick={() => decide.mutate({ id: p.id, how: 'reject' })}
                  >
                    Decline
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
          <summary>Propose changes to the report</summary>
          <form onSubmit={submit} noValidate>
            <TextAreaField
              id="proposal-report"
              label="Report (markdown)"
              rows={12}
              value={report}
              onChange={(e) => setReport(e.target.value)}
            />
            <TextField
              id="proposal-note"
              label="What you changed (optional)"
              value={note}
              maxLength={500}
              onChange={(e) => setNote(e.target.value)}
            />
            <button type="submit" className="button" disabled={propose.isPending}>
              {propose.isPending ? 'Sending…' : 'Send to the hosts'}
            </button>
            <p role="status">{sent ? 'Sent. A host will review your proposal.' : ''}</p>
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
