import type { Language } from '@shared/i18n/languages';
import type { AuditEventDto } from '@shared/schemas/audit';
import type { AuditEventRecord } from '../../models/AuditEvent';
import { localize, message } from '../../errors';

/** A person as the audit log shows them. */
export type AuditPerson = NonNullable<AuditEventDto['actor']>;

/** What an event is about, by name, with the page where it lives (null when there is none). */
export type AuditTarget = NonNullable<AuditEventDto['target']>;

/** An item a detail names by id, found or not: `[detail key, kind, name and page if it still exists]`. */
export type AuditDetailItem = [key: string, type: string, found: { name: string; link: string } | undefined];

/** IPv4 addresses arrive IPv6-mapped (`::ffff:127.0.0.1`) on a dual-stack server: show them plainly. */
const plainIp = (ip: string | null): string | null =>
  ip?.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '') ?? null;

/** The targets named in a phrase around what tells them apart ("Application of Safer Net"). */
const PHRASES: Record<string, { text: string; param: string }> = {
  application: { text: 'Application of {{organisation}}', param: 'organisation' },
  invitation: { text: 'Invitation for {{email}}', param: 'email' },
};

/** A target's name as the reader reads it: the stored name, or its phrase in the reader's language. */
function targetName(language: Language, type: string | null, name: string | null | undefined): string | null {
  if (name === null || name === undefined) return null;
  const phrase = type ? PHRASES[type] : undefined;
  return phrase ? localize(language, message(phrase.text, { [phrase.param]: name })) : name;
}

/** An audit event with its actor and target named, for the host's log. */
export function presentAuditEvent(
  e: AuditEventRecord,
  actor: AuditPerson | undefined,
  target: AuditTarget | undefined,
  language: Language,
  /** The items its details name by id (`detailItems`), with their names. */
  items: AuditDetailItem[] = [],
): AuditEventDto {
  return {
    id: String(e._id),
    action: e.action,
    actor: actor ?? null,
    targetType: e.targetType,
    targetId: e.targetId,
    target:
      e.targetType && e.targetId
        ? { name: targetName(language, e.targetType, target?.name), link: target?.link ?? null }
        : null,
    ip: plainIp(e.ip),
    at: e.at.toISOString(),
    details: e.details ?? {},
    named: Object.fromEntries(
      items.map(([key, type, found]) => [
        key,
        { type, name: found ? found.name : null, link: found ? found.link : null },
      ]),
    ),
  };
}
