import type { INestApplication } from '@nestjs/common';
import { type AppConfig, loadConfig } from '@lumen/api/core';
import { OutboxWorker } from '@lumen/api/mail';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app/create-app';
import { HttpClient } from './http-client';

const TEMPLATE_DATABASE = 'lumen_test_template';

export interface TestApp {
  http: HttpClient;
  app: INestApplication;
  dataSource: DataSource;
  config: AppConfig;
  /** Runs SQL against this test file's own database. */
  sql<T = Record<string, unknown>>(
    text: string,
    params?: unknown[],
  ): Promise<T[]>;
  /** Delivers the outbox now (the worker's timer is off in tests). */
  deliverMail(): Promise<number>;
  close(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env['LUMEN_TEST_SERVER_URL'];
  if (!url)
    throw new Error(
      'LUMEN_TEST_SERVER_URL is not set: run the API tests through jest (global setup)',
    );
  return url;
}

function databaseUrl(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

function testConfig(
  database: string,
  env: Record<string, string> = {},
): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl(database),
    JWT_SECRET: 'test-secret-that-is-at-least-32-characters',
    OUTBOX_POLL_MS: '0',
    LOG_LEVEL: 'error',
    PUBLIC_URL: 'http://portal.test',
    // Each test database its own file store, outside the repository.
    LUMEN_FILES_DIR: join(tmpdir(), 'lumen-test-files', database),
    ...env,
  });
}

async function withServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The template is built once per run by whichever test file gets there first: the real
 * app boots against it, so migrations and demo data are exactly what `npm start` makes.
 */
async function ensureTemplate(): Promise<void> {
  await withServer(async (client) => {
    await client.query('SELECT pg_advisory_lock(4711)');
    try {
      const { rowCount } = await client.query(
        'SELECT 1 FROM pg_database WHERE datname = $1',
        [TEMPLATE_DATABASE],
      );
      if (rowCount) return;
      const building = `${TEMPLATE_DATABASE}_building`;
      await client.query(`DROP DATABASE IF EXISTS ${building}`);
      await client.query(`CREATE DATABASE ${building}`);
      const app = await createApp(
        testConfig(building, { SEED_DEMO_DATA: 'true' }),
      );
      await app.init();
      await app.close();
      await client.query(
        `ALTER DATABASE ${building} RENAME TO ${TEMPLATE_DATABASE}`,
      );
    } finally {
      await client.query('SELECT pg_advisory_unlock(4711)');
    }
  });
}

/** Boots the whole API on a random port against a fresh database of its own. */
export async function startTestApp(
  env: Record<string, string> = {},
): Promise<TestApp> {
  await ensureTemplate();
  const database = `lumen_test_${randomBytes(6).toString('hex')}`;
  await withServer((client) =>
    client.query(`CREATE DATABASE ${database} TEMPLATE ${TEMPLATE_DATABASE}`),
  );
  const config = testConfig(database, env);
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const dataSource = app.get(DataSource);
  return {
    http: new HttpClient(`${baseUrl}/api`),
    app,
    dataSource,
    config,
    sql: (text, params) => dataSource.query(text, params),
    deliverMail: () => app.get(OutboxWorker).deliverPending(),
    close: async () => {
      await app.close();
      await withServer((client) =>
        client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
      );
    },
  };
}
