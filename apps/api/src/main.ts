import { Logger } from '@nestjs/common';
import { networkInterfaces } from 'node:os';
import { type AppConfig, ConfigError, loadConfig } from '@lumen/api/core';
import { createApp } from './app/create-app';
import { runClustered } from './cluster';
import { migrate } from './migrate';

async function serve(config: AppConfig): Promise<void> {
  const app = await createApp(config);
  await app.listen(config.port, anyAddress());
  Logger.log(`Lumen Trade listening on http://localhost:${config.port} (API at /api, docs at /api/docs)`, 'Bootstrap');
}

/**
 * Every interface, IPv6 and IPv4 where the machine has IPv6, as Node's own default (Fastify's
 * is localhost only, which a container's port mapping never reaches).
 */
function anyAddress(): string {
  const addresses = Object.values(networkInterfaces()).flat();
  return addresses.some((address) => address?.family === 'IPv6') ? '::' : '0.0.0.0';
}

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  // `node main.js migrate`: the deployment's migration step (a Kubernetes Job), then exit.
  if (process.argv[2] === 'migrate') return migrate(config);
  const { drainMs, timeoutMs } = config.shutdown;
  await runClustered({ workers: config.workers, stopMs: drainMs + timeoutMs }, () => serve(config));
}

bootstrap().catch((error: unknown) => {
  // A bad setting is the operator's to fix: say which, without a stack trace.
  const message = error instanceof ConfigError ? `Configuration error: ${error.message}` : error;
  Logger.error(
    message,
    error instanceof Error && !(error instanceof ConfigError) ? error.stack : undefined,
    'Bootstrap',
  );
  process.exit(1);
});
