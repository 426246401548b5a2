import { useSession } from '../hooks/useSession';

/**
 * For observers only: why the page has no button to add or post, said once where the button would
 * be (e.g. "start discussions", "record follow-ups").
 */
export function ObserverHint({ what }: { what: string }) {
  const { user } = useSession();
  if (user?.role !== 'observer') return null;
  return (
    <p className="notice observer-hint" data-testid="observer-hint">
      You take part as an observer: you can read everything here, but only members and hosts {what}. If your
      organisation has joined as a member, ask a host to change your role.
    </p>
  );
}
