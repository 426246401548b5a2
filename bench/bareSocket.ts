/**
 * The bare baseline for bench/fanout: Socket.IO broadcasting each message to one room. It sends a
 * message of the same shape and size as the app's (MessageDto), so both move the same bytes to every
 * client and the difference is the app's own work: sign-in checks, storage, numbering, presenting.
 */
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { Server } from 'socket.io';

const server = http.createServer((_req, res) => res.end('ok'));
const io = new Server(server, { serveClient: false });
const author = { id: randomBytes(12).toString('hex'), name: 'Maya Member' };
let seq = 0;
io.on('connection', (socket) => {
  socket.on('join', (room: string, ack: (r: unknown) => void) => {
    void socket.join(room);
    ack({ ok: true });
  });
  socket.on('send', (p: { room: string; body: string; clientId?: string }, ack: (r: unknown) => void) => {
    const message = {
      id: randomBytes(12).toString('hex'),
      threadId: p.room,
      seq: ++seq,
      author,
      body: p.body,
      bodyHtml: `<p>${p.body}</p>\n`,
      clientId: p.clientId ?? '',
      replyTo: null,
      createdAt: new Date().toISOString(),
      editedAt: null,
      editCount: 0,
      deleted: false,
      mentions: [],
    };
    io.to(p.room).emit('message:new', message);
    ack({ ok: true, message });
  });
});
server.listen(Number(process.env.PORT));
process.on('SIGTERM', () => {
  void io.close();
  process.exit(0);
});
