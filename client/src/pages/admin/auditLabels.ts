import type { TFunction } from 'i18next';
import { AUDIT_ACTIONS, type AuditAction } from '@shared/auditActions';

const isAuditAction = (action: string): action is AuditAction =>
  (AUDIT_ACTIONS as readonly string[]).includes(action);

/** `user.role-changed` → `auditActions.user.roleChanged`: every action has its label in the `admin` catalogue. */
const auditActionKey = (action: AuditAction) =>
  `auditActions.${action.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`;

/** The label of an action in the reader's language; an action this build does not know shows as is. */
export const auditActionText = (t: TFunction<'admin'>, action: string): string =>
  isAuditAction(action) ? t(auditActionKey(action)) : action;

const TARGET_KINDS = [
  'application',
  'document',
  'indicator',
  'invitation',
  'meeting',
  'organisation',
  'term',
  'user',
] as const;
type TargetKind = (typeof TARGET_KINDS)[number];
const isTargetKind = (type: string): type is TargetKind => (TARGET_KINDS as readonly string[]).includes(type);

/**
 * "document" → "Document": the kind of item an event is about, as a word; a kind this build does not
 * know shows as its name with a capital.
 */
export const targetKindText = (t: TFunction<'admin'>, type: string): string =>
  isTargetKind(type) ? t(`audit.targetKinds.${type}`) : type.charAt(0).toUpperCase() + type.slice(1);
