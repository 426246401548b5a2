import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { MongoClient } from 'mongodb';
const dir = fs.mkdtempSync('/tmp/fdb-');
const p = spawn('/work/main/.tools/ferretdb/ferretdb', ['--handler=sqlite', `--sqlite-url=file:${dir}/`, '--listen-addr=127.0.0.1:27957', `--state-dir=${dir}`, '--debug-addr=-', '--telemetry=disable', '--log-level=error'], { stdio: 'ignore' });
await new Promise(r => setTimeout(r, 1500));
const threads = () => Object.fromEntries(fs.readdirSync('/proc/self/task').map(t => { const st = fs.readFileSync(`/proc/self/task/${t}/stat`, 'utf8'); const name = st.slice(st.indexOf('(') + 1, st.indexOf(')')); const f = st.split(') ')[1].split(' '); return [`${t}:${name}`, Number(f[11]) + Number(f[12])]; }));
const c = new MongoClient('mongodb://127.0.0.1:27957/');
await c.connect();
const db = c.db('x');
for (let i = 0; i < 50; i++) await db.command({ ping: 1 });
const before = threads();
const N = 1000; const t0 = performance.now();
for (let i = 0; i < N; i++) await db.command({ ping: 1 });
const after = threads();
console.log('wall ms/ping', ((performance.now() - t0) / N).toFixed(3));
for (const k of Object.keys(after)) { const d = after[k] - (before[k] ?? 0); if (d) console.log(k, 'ticks', d, 'ms/ping', (d * 10 / N).toFixed(3)); }
await c.close(); p.kill(); fs.rmSync(dir, { recursive: true, force: true });
