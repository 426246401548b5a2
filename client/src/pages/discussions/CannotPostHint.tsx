import type { Role } from '@shared/roles';

/** Why the composer is missing: a locked thread, or an observer's account (and what to do about it). */
export function CannotPostHint({ locked, role }: { locked: boolean; role: Role | undefined }) {
  return (
    <p className="notice" data-testid="cannot-post">
      {locked
        ? 'This thread is locked: no new messages can be posted.'
        : role === 'observer'
          ? 'You take part as an observer: you can read the coalition’s discussions, but only members and hosts post. If your organisation has joined as a member, ask a host to change your role.'
          : 'You can read this thread; only members and hosts post.'}
    </p>
  );
}
