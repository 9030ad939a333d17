import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConnectionDrain } from './connection-drain';

/** GET / on a keep-alive agent-less connection; answers the status and the Connection header. */
function get(port: number): Promise<{ status: number; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    request({ port, path: '/', headers: { connection: 'keep-alive' } }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, connection: response.headers.connection }));
    })
      .on('error', reject)
      .end();
  });
}

describe('ConnectionDrain', () => {
  let server: Server;
  let release: () => void;
  let port: number;

  beforeEach(async () => {
    const held = new Promise<void>((resolve) => (release = resolve));
    server = createServer((_request, response) => void held.then(() => response.end('done')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterEach(() => server.closeAllConnections());

  it('lets a running request finish, on its last keep-alive answer, and refuses new connections', async () => {
    const drain = new ConnectionDrain(server);
    const running = get(port);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = drain.close(5_000);
    await expect(get(port)).rejects.toThrow(/ECONNREFUSED/);
    release();
    await expect(running).resolves.toEqual({ status: 200, connection: 'close' });
    await expect(closed).resolves.toBe(true);
  });

  it('cuts off what still runs after the timeout', async () => {
    const drain = new ConnectionDrain(server);
    const running = get(port);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(drain.close(100)).resolves.toBe(false);
    await expect(running).rejects.toThrow(/socket hang up/);
  });
});
