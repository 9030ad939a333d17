import type { HttpAdapterHost } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { DATABASE_RETRY_AFTER_SECONDS } from '../errors/database-errors';
import { HEALTH_DATABASE_TIMEOUT_MS, HealthController } from './health.controller';

/** The bits of an Express response the controller touches, recording what it was told. */
function fakeResponse() {
  const seen: { status?: number; headers: Record<string, string> } = { headers: {} };
  const response = {
    status(code: number) {
      seen.status = code;
      return response;
    },
    header(name: string, value: string) {
      seen.headers[name] = value;
      return response;
    },
  };
  return { response: response as unknown as FastifyReply, seen };
}

const config = { shutdown: { drainMs: 0, timeoutMs: 1_000 } } as AppConfig;
/** A data source whose pool answers `query` (the health check runs straight on the pool). */
const controllerWith = (query: () => Promise<unknown>) => {
  const connection = { driver: { master: { query } }, options: {} };
  return new HealthController({ manager: { connection } } as unknown as DataSource, config, {} as HttpAdapterHost);
};

describe('HealthController', () => {
  afterEach(() => jest.useRealTimers());

  it('answers 200 "ok" while PostgreSQL answers', async () => {
    const { response, seen } = fakeResponse();
    await expect(
      controllerWith(() => Promise.resolve({ rows: [{ '?column?': 1 }] })).health(response),
    ).resolves.toMatchObject({
      status: 'ok',
      database: 'up',
    });
    expect(seen).toEqual({ headers: {} });
  });

  it('answers 503 with Retry-After while PostgreSQL refuses connections', async () => {
    const { response, seen } = fakeResponse();
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    await expect(controllerWith(() => Promise.reject(refused)).health(response)).resolves.toMatchObject({
      status: 'degraded',
      database: 'down',
    });
    expect(seen).toEqual({ status: 503, headers: { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) } });
  });

  it('answers 503 when PostgreSQL hangs, instead of hanging with it', async () => {
    jest.useFakeTimers();
    const { response, seen } = fakeResponse();
    const answer = controllerWith(() => new Promise(() => undefined)).health(response);
    await jest.advanceTimersByTimeAsync(HEALTH_DATABASE_TIMEOUT_MS);
    await expect(answer).resolves.toMatchObject({ database: 'down' });
    expect(seen.status).toBe(503);
  });

  it('answers 503 from the moment the app starts to stop, while PostgreSQL still answers', async () => {
    const controller = controllerWith(() => Promise.resolve({ rows: [{ '?column?': 1 }] }));
    await controller.beforeApplicationShutdown('SIGTERM');
    const { response, seen } = fakeResponse();
    await expect(controller.health(response)).resolves.toMatchObject({ status: 'degraded', database: 'up' });
    expect(seen.status).toBe(503);
    expect(controller.live()).toBeUndefined();
  });
});
