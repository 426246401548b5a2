/** Runs the local cluster until Ctrl-C (see topology.ts); data stays in CLUSTER_DATA_DIR (./data-cluster). */
import path from 'node:path';
import { startCluster } from './topology';

const basePort = Number(process.env.CLUSTER_PORT ?? 3000);
const dataDir = path.resolve(process.env.CLUSTER_DATA_DIR ?? 'data-cluster');
const verbose = process.env.CLUSTER_LOG === 'all';

const cluster = await startCluster({
  basePort,
  dataDir,
  seedDemo: true,
  onLine: (part, line) => {
    // Instances log JSON lines; by default only warnings and errors are shown.
    if (verbose || part === 'haproxy' || /"level":(40|50|60)/.test(line)) console.log(`[${part}] ${line}`);
  },
});
console.log(`
Coalition Workspace cluster is up:
  load balancer  ${cluster.url}   ← open this one
${cluster.instances.map((i) => `  ${i.name.padEnd(13)}  ${i.url}`).join('\n')}
  database       ${cluster.mongoUri}
  redis          ${cluster.redisUrl}
  data           ${dataDir}
Press Ctrl-C to stop everything.`);

let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping the cluster…');
    void cluster.stop().then(() => process.exit(0));
  });
}
