import { randomBytes } from 'node:crypto';
import os from 'node:os';

/** Names this process among the cluster's instances (in logs, job claims and relayed events). */
export const instanceId = `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
