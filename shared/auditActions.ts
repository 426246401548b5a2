/** Every action the audit log records, with a label for people reading it. */
export const AUDIT_ACTION_LABELS = {
  'login.succeeded': 'Signed in',
  'login.failed': 'Sign-in failed',
  'login.locked': 'Account locked after failed sign-ins',
  'user.invited': 'Invited someone',
  'invitation.revoked': 'Withdrew an invitation',
  'invitation.accepted': 'Accepted an invitation',
  'user.role-changed': 'Changed a role',
  'user.suspended': 'Suspended an account',
  'user.reactivated': 'Reactivated an account',
  'user.organisation-changed': 'Moved someone to another organisation',
  'user.password-changed': 'Changed their password',
  'user.password-reset-issued': 'Issued a password-reset link',
  'user.password-reset-completed': 'Reset a password with a link',
  'user.host-bootstrapped': 'Created the first host from the configuration',
  'application.submitted': 'Applied to join',
  'application.approved': 'Approved an application',
  'application.rejected': 'Rejected an application',
  'organisation.created': 'Created an organisation',
  'organisation.updated': 'Edited an organisation',
  'organisation.marked-former': 'Marked an organisation as a former member',
  'document.uploaded': 'Uploaded a document',
  'document.version-added': 'Added a document version',
  'document.updated': 'Edited a document’s details',
  'document.archived': 'Archived a document',
  'document.restored': 'Restored a document',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];
