import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { MongoClient } from 'mongodb';
const dir = fs.mkdtempSync('/tmp/fdb-');
const p = spawn('/work/main/.tools/ferretdb/ferretdb', ['--handler=sqlite', `--sqlite-url=file:${dir}/`, '--listen-addr=127.0.0.1:27955', `--state-dir=${dir}`, '--debug-addr=-', '--telemetry=disable', '--log-level=error'], { stdio: 'ignore' });
await new Promise(r => setTimeout(r, 1500));
for (const opts of [{}, { heartbeatFrequencyMS: 2000 }, { monitorCommands: false, serverMonitoringMode: 'poll' }]) {
  const c = new MongoClient('mongodb://127.0.0.1:27955/', opts);
  await c.connect();
  const db = c.db('x');
  for (let i = 0; i < 50; i++) await db.command({ ping: 1 });
  const N = 500; const c0 = process.cpuUsage(); const t0 = performance.now();
  for (let i = 0; i < N; i++) await db.command({ ping: 1 });
  const cc = process.cpuUsage(c0);
  console.log(JSON.stringify(opts), 'ping wall ms', ((performance.now() - t0) / N).toFixed(3), 'cpu ms', ((cc.user + cc.system) / 1000 / N).toFixed(3));
  await c.close();
}
p.kill(); fs.rmSync(dir, { recursive: true, force: true });
