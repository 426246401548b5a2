import type { ActionStatus } from '@shared/schemas/action';
import { i18n } from '../../i18n';
import type { MeetingsT } from '../meetings/labels';

/** A follow-up's status in the reader's language. */
export const actionStatusLabels = (t: MeetingsT): Record<ActionStatus, string> => ({
  open: t('followUps.status.open'),
  'in-progress': t('followUps.status.inProgress'),
  done: t('followUps.status.done'),
  dropped: t('followUps.status.dropped'),
});

/**
 * The same labels for code outside a component that has the `meetings` namespace at hand (the
 * catch-up page): each one is looked up when read, in the language shown at that moment.
 */
export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  get open() {
    return i18n.t('meetings:followUps.status.open');
  },
  get 'in-progress'() {
    return i18n.t('meetings:followUps.status.inProgress');
  },
  get done() {
    return i18n.t('meetings:followUps.status.done');
  },
  get dropped() {
    return i18n.t('meetings:followUps.status.dropped');
  },
};
