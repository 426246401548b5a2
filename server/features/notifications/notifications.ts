/**
 * The one way features tell people something happened: `notify()` stores a notification per
 * recipient, pushes it to their sockets and lets email follow. Other features import it from here;
 * the storing lives in notificationStore, the presenting in the feature's commands and queries.
 */
export { notify } from './commands';
export { setNotificationExcerpts, type NotificationLineInput } from './notificationStore';
