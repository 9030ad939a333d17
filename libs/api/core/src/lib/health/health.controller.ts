import {
  type BeforeApplicationShutdown,
  Controller,
  Get,
  HttpCode,
  Inject,
  Logger,
  type OnApplicationBootstrap,
  Res,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { type PreparedQuery, runPrepared } from '@lumen/api/database';
import type { HealthResponse } from '@lumen/shared/contracts';
import type { FastifyReply } from 'fastify';
import type { Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { Public } from '../auth/policy.decorators';
import { type AppConfig, APP_CONFIG } from '../config/app-config';
import { DATABASE_RETRY_AFTER_SECONDS } from '../errors/database-errors';
import { ApiAnswer } from '../openapi/api-answer.decorators';
import { ConnectionDrain } from './connection-drain';

/** A database that has not answered `SELECT 1` by then counts as down: a hung one is no better. */
export const HEALTH_DATABASE_TIMEOUT_MS = 2_000;

/**
 * Straight on the pool as a prepared statement (runPrepared), not through `dataSource.query`:
 * TypeORM builds a query runner, takes and gives back a connection and fires its logger and
 * subscriber hooks around every call, and probes ask this many times a second on every instance.
 */
const SELECT_1: PreparedQuery = { name: 'health_select_1', text: 'SELECT 1' };

/** Read once: every read of `process.env` is a call into the C++ environment, and probes ask often. */
const VERSION = process.env['npm_package_version'] ?? '0.0.0';

/**
 * Readiness (`/api/health`, checks PostgreSQL) and liveness (`/api/health/live`, checks nothing
 * but the event loop), and the graceful stop they announce: on SIGTERM (Nest's shutdown hooks)
 * readiness answers 503 first, for `shutdown.drainMs`, so load balancers take this instance out;
 * then the port closes and running requests finish before the pool closes.
 */
@ApiTags('health')
@Controller('health')
export class HealthController implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Shutdown');
  private draining = false;
  private drain: ConnectionDrain | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  /**
   * 200 while PostgreSQL answers; 503 with `Retry-After` while it does not (down, restarting,
   * unreachable or hung) or while this instance drains before it stops, so a load balancer can act
   * on it and a client knows when to look again.
   */
  @Public()
  @Get()
  @ApiOperation({ summary: 'Readiness: whether the API takes traffic and its database answers' })
  @ApiAnswer('HealthResponse', { 200: 'Ready', 503: 'PostgreSQL does not answer, or this instance is stopping' })
  async health(@Res({ passthrough: true }) response: FastifyReply): Promise<HealthResponse> {
    const up = await this.databaseAnswers();
    if (!up || this.draining) response.status(503).header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    return {
      status: up && !this.draining ? 'ok' : 'degraded',
      database: up ? 'up' : 'down',
      version: VERSION,
    };
  }

  /** Liveness: no database, so an outage does not make an orchestrator restart every instance. */
  @Public()
  @Get('live')
  @HttpCode(204)
  @ApiOperation({ summary: 'Liveness: the process answers (it does not look at the database)' })
  live(): void {
    return;
  }

  onApplicationBootstrap(): void {
    // The tracking must see every request, so it starts with the app, not at SIGTERM.
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (server) this.drain = new ConnectionDrain(server);
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.draining = true;
    const { drainMs, timeoutMs } = this.config.shutdown;
    // A signal is an operator's or an orchestrator's stop (app.close() in a test has none): say what happens.
    if (signal) this.logger.log(`${signal}: readiness answers 503; closing the port in ${drainMs} ms`);
    if (drainMs > 0) await sleep(drainMs);
    if (this.drain && !(await this.drain.close(timeoutMs)))
      this.logger.warn(`requests still running after ${timeoutMs} ms were cut off`);
  }

  /** One promise per probe, settled by the answer or the timeout: probes come often, on every instance. */
  private databaseAnswers(): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, HEALTH_DATABASE_TIMEOUT_MS, false);
      const settle = (up: boolean) => {
        clearTimeout(timer);
        resolve(up);
      };
      runPrepared(this.dataSource.manager, SELECT_1, []).then(
        () => settle(true),
        () => settle(false),
      );
    });
  }
}
