import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HealthResponse } from '@lumen/shared/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/policy.decorators';
import { ApiAnswer } from '../openapi/api-answer.decorators';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Whether the API and its database answer, for a load balancer to act on' })
  @ApiAnswer('HealthResponse', { 200: 'PostgreSQL answers', 503: 'PostgreSQL does not answer' })
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    const database = await this.dataSource
      .query('SELECT 1')
      .then(() => 'up' as const)
      .catch(() => 'down' as const);
    if (database === 'down') response.status(503);
    return {
      status: database === 'up' ? 'ok' : 'degraded',
      database,
      version: process.env['npm_package_version'] ?? '0.0.0',
    };
  }
}
