/** The actions the server records in the audit log, with readable names for filters and rows. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'login.failed': 'Sign-in failed',
  'login.locked': 'Account locked after failed sign-ins',
  'login.succeeded': 'Signed in',
  'user.invited': 'Person invited',
  'invitation.revoked': 'Invitation revoked',
  'invitation.accepted': 'Invitation accepted',
  'user.role-changed': 'Role changed',
  'user.suspended': 'Account suspended',
  'user.reactivated': 'Account reactivated',
  'user.organisation-changed': 'Organisation changed',
  'user.password-reset-issued': 'Password-reset link created',
  'user.password-reset-completed': 'Password reset completed',
  'user.password-changed': 'Password changed',
  'application.submitted': 'Application submitted',
  'application.approved': 'Application approved',
  'application.rejected': 'Application rejected',
  'organisation.created': 'Organisation created',
  'organisation.updated': 'Organisation edited',
  'organisation.marked-former': 'Organisation marked as former member',
  'user.host-bootstrapped': 'First host account created',
};

export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS);

export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;
