// Spawned by apps/api/test/cluster.spec.ts (it lives here, where knip takes scripts as entries):
// runClustered with two workers around a bare HTTP server that answers its process id, so the
// test sees which worker served and can kill one.
import { createServer } from 'node:http';
import { runClustered } from '../../apps/api/src/cluster';

void runClustered(
  { workers: 2, stopMs: 2_000 },
  () =>
    new Promise<void>((resolve) => {
      const server = createServer((_request, response) => response.end(String(process.pid)));
      server.listen(Number(process.env['PORT']), '127.0.0.1', resolve);
      process.once('SIGTERM', () => server.close(() => process.exit(0)));
    }),
);
