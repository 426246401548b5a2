import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { User } from '../../models/User';
import { hashPassword } from './passwords';
import { recordAudit } from '../audit/audit';

/** Creates the HOST_EMAIL account when configured and no host exists yet. */
export async function ensureHostAccount(config: Config, log: Logger): Promise<boolean> {
  if (!config.hostEmail || !config.hostPassword) return false;
  if (await User.exists({ role: 'host' })) return false;
  const existing = await User.findOne({ email: config.hostEmail }).lean();
  if (existing) {
    await User.updateOne({ _id: existing._id }, { $set: { role: 'host', status: 'active' } });
  } else {
    await User.create({
      email: config.hostEmail,
      name: 'Workspace host',
      role: 'host',
      passwordHash: await hashPassword(config.hostPassword),
    });
  }
  await recordAudit({
    action: 'user.host-bootstrapped',
    targetType: 'user',
    details: { email: config.hostEmail },
  });
  log.info({ email: config.hostEmail }, 'host account created from HOST_EMAIL');
  return true;
}
