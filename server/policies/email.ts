import { HOST_ONLY_TOPICS, type EmailTopic } from '@shared/schemas/emailPreferences';
import { isHost, roleOf, type Viewer } from './index';

/** Every active account chooses its own e-mails, and only its own. */
export const canManageEmailPreferences = (viewer: Viewer) => roleOf(viewer) !== null;

/** Hosts-only topics (report proposals, membership applications) are for hosts to choose. */
export const canChooseEmailTopics = (viewer: Viewer, topics: EmailTopic[]) =>
  canManageEmailPreferences(viewer) && (isHost(viewer) || !topics.some((t) => HOST_ONLY_TOPICS.includes(t)));

/** An unsubscribe link works without signing in: holding a genuine signed token is the permission. */
export const canUnsubscribeWith = (token: { u: string; t: EmailTopic[] } | null) => token !== null;
