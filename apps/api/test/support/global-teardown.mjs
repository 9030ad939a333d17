import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const database = globalThis.__lumenTestDatabase;
  if (!database) return;
  await database.stop();
  rmSync(database.dataDir, { recursive: true, force: true });
}
