/** The bare baseline for bench/upload: express + multer diskStorage, no auth, no checks. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import multer from 'multer';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-bare-multer-'));
const upload = multer({ storage: multer.diskStorage({ destination: dir }) }).single('file');
const app = express();
app.get('/ready', (_req, res) => res.send('ok'));
app.post('/upload', upload, (req, res) => {
  fs.rmSync(req.file!.path, { force: true });
  res.status(201).json({ size: req.file!.size });
});
const server = app.listen(Number(process.env.PORT));
process.on('SIGTERM', () => {
  server.close();
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
});
