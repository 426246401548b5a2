import type { NotificationDto } from '@shared/schemas/notification';

/** Notifications of one kind about one thing, one after another: shown as one line. */
export interface NotificationGroup {
  key: string;
  /** Newest first; the first is the one the line shows. */
  items: NotificationDto[];
  unread: boolean;
}

/**
 * Groups runs of notifications (newest first) of the same kind about the same subject — three
 * mentions in one discussion, say — so repeats do not fill the list. Order is kept.
 */
export function groupNotifications(items: NotificationDto[]): NotificationGroup[] {
  const groups: NotificationGroup[] = [];
  for (const n of items) {
    const last = groups[groups.length - 1];
    const head = last?.items[0];
    if (
      last &&
      head &&
      head.kind === n.kind &&
      head.subject.type === n.subject.type &&
      head.subject.id === n.subject.id
    ) {
      last.items.push(n);
      last.unread ||= !n.readAt;
    } else groups.push({ key: n.id, items: [n], unread: !n.readAt });
  }
  return groups;
}
