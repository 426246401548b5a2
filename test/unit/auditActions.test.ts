import { AUDIT_ACTIONS, AUDIT_ACTION_LABELS, auditActionLabel } from '../../shared/auditActions';

describe('audit action labels', () => {
  it('labels every action the audit log records (one list, shared by server and client)', () => {
    expect(AUDIT_ACTIONS.length).toBeGreaterThan(30);
    for (const a of AUDIT_ACTIONS) expect(auditActionLabel(a)).toBe(AUDIT_ACTION_LABELS[a]);
    for (const a of ['indicator.revised', 'document.uploaded', 'meeting.updated', 'term.agreed'])
      expect(auditActionLabel(a)).not.toBe(a);
  });

  it('shows an unknown action as is', () => {
    expect(auditActionLabel('something.new')).toBe('something.new');
    expect(auditActionLabel('toString')).toBe('toString');
  });
});
