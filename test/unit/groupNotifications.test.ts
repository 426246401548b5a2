import type { NotificationDto } from '../../shared/schemas/notification';
import { groupNotifications } from '../../client/src/pages/notifications/groupNotifications';

const n = (
  id: string,
  subject: string,
  kind: NotificationDto['kind'] = 'mention',
  read = false,
): NotificationDto => ({
  id,
  kind,
  text: `${kind} ${subject}`,
  excerpt: null,
  link: `/discussions/${subject}`,
  actor: null,
  subject: { type: 'thread', id: subject },
  createdAt: '2026-12-01T10:00:00.000Z',
  readAt: read ? '2026-12-01T11:00:00.000Z' : null,
});

describe('groupNotifications', () => {
  it('puts runs of the same kind about the same subject on one line, keeping the order', () => {
    const groups = groupNotifications([
      n('1', 'a'),
      n('2', 'a', 'mention', true),
      n('3', 'a', 'reply'),
      n('4', 'b'),
      n('5', 'a'),
    ]);
    expect(groups.map((g) => g.items.map((i) => i.id))).toEqual([['1', '2'], ['3'], ['4'], ['5']]);
    expect(groups[0]!.unread).toBe(true);
  });
});
