import net from 'node:net';
import { spawn } from 'node:child_process';
if (process.argv[2] === 'server') {
  net.createServer((s) => s.on('data', (d) => s.write(d))).listen(27966);
} else {
  const srv = spawn(process.execPath, [new URL(import.meta.url).pathname, 'server'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  const sock = net.connect(27966, '127.0.0.1');
  sock.setNoDelay(true);
  await new Promise((r) => sock.once('connect', r));
  const rt = () => new Promise((r) => { sock.once('data', r); sock.write('x'.repeat(100)); });
  for (let i = 0; i < 100; i++) await rt();
  const N = 2000; const c0 = process.cpuUsage(); const t0 = performance.now();
  for (let i = 0; i < N; i++) await rt();
  const cc = process.cpuUsage(c0);
  console.log('tcp echo rt wall ms', ((performance.now() - t0) / N).toFixed(3), 'cpu ms', ((cc.user + cc.system) / 1000 / N).toFixed(3), 'user', (cc.user/1000/N).toFixed(3), 'sys', (cc.system/1000/N).toFixed(3));
  sock.destroy(); srv.kill();
}
