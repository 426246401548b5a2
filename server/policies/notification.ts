import { roleOf, type Viewer } from './index';

/** Every active account has a notification centre; it only ever shows the caller's own notifications. */
export const canUseNotifications = (viewer: Viewer) => roleOf(viewer) !== null;
