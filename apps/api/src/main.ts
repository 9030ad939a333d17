import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@lumen/api/core';
import { createApp } from './app/create-app';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.port);
  Logger.log(`Lumen Trade listening on http://localhost:${config.port} (API at /api, docs at /api/docs)`, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  // A bad setting is the operator's to fix: say which, without a stack trace.
  const message = error instanceof ConfigError ? `Configuration error: ${error.message}` : error;
  Logger.error(message, error instanceof Error && !(error instanceof ConfigError) ? error.stack : undefined, 'Bootstrap');
  process.exit(1);
});
