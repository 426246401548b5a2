/** The bare baseline for bench/fanout: Socket.IO broadcasting each message to one room. */
import http from 'node:http';
import { Server } from 'socket.io';

const server = http.createServer((_req, res) => res.end('ok'));
const io = new Server(server, { serveClient: false });
io.on('connection', (socket) => {
  socket.on('join', (room: string, ack: (r: unknown) => void) => {
    void socket.join(room);
    ack({ ok: true });
  });
  socket.on('send', (p: { room: string; body: string }, ack: (r: unknown) => void) => {
    io.to(p.room).emit('message:new', { body: p.body });
    ack({ ok: true });
  });
});
server.listen(Number(process.env.PORT));
process.on('SIGTERM', () => {
  void io.close();
  process.exit(0);
});
