import type { TFunction } from 'i18next';
import { AUDIT_ACTIONS } from '../../shared/auditActions';
import { CATALOGUES } from '../../shared/i18n/catalogues';
import { auditActionText } from '../../client/src/pages/admin/auditLabels';

/** i18next's lookup in the English `admin` catalogue: the key itself when it has no text. */
const t = ((key: string) => {
  const found = key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      CATALOGUES.en.admin,
    );
  return typeof found === 'string' ? found : key;
}) as unknown as TFunction<'admin'>;

describe('audit action labels', () => {
  it('labels every action the audit log records (one list, shared by server and client)', () => {
    expect(AUDIT_ACTIONS.length).toBeGreaterThan(30);
    for (const a of AUDIT_ACTIONS) {
      const label = auditActionText(t, a);
      expect(label).not.toBe(a);
      expect(label).not.toMatch(/^auditActions\./);
    }
    expect(auditActionText(t, 'user.role-changed')).toBe('Changed a role');
  });

  it('shows an unknown action as is', () => {
    expect(auditActionText(t, 'something.new')).toBe('something.new');
    expect(auditActionText(t, 'toString')).toBe('toString');
  });
});
