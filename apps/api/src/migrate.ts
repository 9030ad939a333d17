import { Logger } from '@nestjs/common';
import type { AppConfig } from '@lumen/api/core';
import { dataSourceOptions } from '@lumen/api/database';
import { DataSource } from 'typeorm';

/**
 * Applies the pending migrations and returns: the one step of a rollout that changes the schema,
 * run once (a Kubernetes Job) before new replicas start, since TypeORM takes no lock when several
 * processes migrate at once. Each migration in its own transaction, as at the API's own start.
 */
export async function migrate(config: AppConfig): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl)).initialize();
  try {
    const applied = await dataSource.runMigrations();
    Logger.log(`${applied.length} migration(s) applied${applied.map((m) => `\n  ${m.name}`).join('')}`, 'Migrate');
  } finally {
    await dataSource.destroy();
  }
}
