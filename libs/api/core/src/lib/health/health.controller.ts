import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HealthResponse } from '@lumen/shared/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/policy.decorators';
import { DATABASE_RETRY_AFTER_SECONDS } from '../errors/database-errors';
import { ApiAnswer } from '../openapi/api-answer.decorators';

/** A database that has not answered `SELECT 1` by then counts as down: a hung one is no better. */
export const HEALTH_DATABASE_TIMEOUT_MS = 2_000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * 200 while PostgreSQL answers; 503 with `Retry-After` while it does not (down, restarting,
   * unreachable or hung), so a load balancer can act on it and a client knows when to look again.
   */
  @Public()
  @Get()
  @ApiOperation({ summary: 'Whether the API and its database answer, for a load balancer to act on' })
  @ApiAnswer('HealthResponse', { 200: 'PostgreSQL answers', 503: 'PostgreSQL does not answer' })
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    const up = await this.databaseAnswers();
    if (!up) response.status(503).setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    return {
      status: up ? 'ok' : 'degraded',
      database: up ? 'up' : 'down',
      version: process.env['npm_package_version'] ?? '0.0.0',
    };
  }

  private async databaseAnswers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>(
      (resolve) => (timer = setTimeout(() => resolve(false), HEALTH_DATABASE_TIMEOUT_MS)),
    );
    try {
      return await Promise.race([
        this.dataSource.query('SELECT 1').then(
          () => true,
          () => false,
        ),
        timedOut,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}
