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
  'indicator.created': 'Created an indicator draft',
  'indicator.revised': 'Saved an indicator revision',
  'indicator.status-changed': 'Changed an indicator’s status',
  'indicator.endorsement-overridden': 'Endorsed an indicator by host override',
  'indicator.position-recorded': 'Recorded an organisation’s position',
  'indicator.visibility-changed': 'Changed who can read an indicator',
  'indicator.translated': 'Saved an indicator translation',
  'indicator.translation-removed': 'Removed an indicator translation',
  'indicator.language-changed': 'Corrected the language of an indicator',
  'meeting.created': 'Recorded a meeting',
  'meeting.updated': 'Edited a meeting',
  'meeting.report-accepted': 'Accepted a session report version',
  'meeting.report-rejected': 'Declined a proposed report version',
  'term.agreed': 'Marked a glossary term agreed',
  'term.reopened': 'Returned a glossary term to draft',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

const isAuditAction = (action: string): action is AuditAction => Object.hasOwn(AUDIT_ACTION_LABELS, action);

/** The label of an action; an action this build does not know (an older or newer one) shows as is. */
export const auditActionLabel = (action: string): string =>
  isAuditAction(action) ? AUDIT_ACTION_LABELS[action] : action;
