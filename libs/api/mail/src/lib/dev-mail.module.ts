import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@lumen/api/core';
import { DevMailController } from './dev-mail.controller';

/**
 * The development outbox viewer. In production its routes are not registered at all, so they
 * answer 404 like any unknown path, whoever asks.
 */
@Module({})
export class DevMailModule {
  static register(config: Pick<AppConfig, 'nodeEnv'>): DynamicModule {
    return { module: DevMailModule, controllers: config.nodeEnv === 'production' ? [] : [DevMailController] };
  }
}
