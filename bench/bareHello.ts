/** The bare baseline for HTTP benchmarks: express + helmet answering a small JSON body. */
import express from 'express';
import helmet from 'helmet';

const app = express();
app.use(helmet());
app.get('/', (_req, res) => res.json({ hello: 'world' }));
const server = app.listen(Number(process.env.PORT));
process.on('SIGTERM', () => {
  server.close();
  process.exit(0);
});
