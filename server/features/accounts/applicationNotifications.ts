import type { MembershipApplicationRecord } from '../../models/MembershipApplication';
import { User } from '../../models/User';
import { notify } from '../notifications/notifications';

/** Tells every active host, in the app (and by e-mail, by their choice), that an organisation applied. */
export async function notifyHostsOfApplication(application: MembershipApplicationRecord) {
  const hosts = await User.find({ role: 'host', status: 'active' }, { _id: 1 }).lean();
  await notify({
    recipients: hosts.map((h) => h._id),
    kind: 'application-received',
    actorId: null,
    subject: { type: 'application', id: application._id },
    link: '/admin/applications',
    params: { organisation: application.organisationName },
    excerpt: application.motivation.slice(0, 200),
  });
}
