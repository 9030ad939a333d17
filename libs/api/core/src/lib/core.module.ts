import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { type AppConfig, APP_CONFIG } from './config/app-config';
import { AllExceptionsFilter } from './errors/all-exceptions.filter';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { PoliciesGuard } from './auth/policies.guard';
import { FILE_STORAGE, LocalFileStorage } from './files/file-storage';
import { HealthController } from './health/health.controller';

/**
 * Configuration, the error filter, the two global guards (authentication, then policy), health,
 * and the store for uploaded files. The global pipes (the input guard, then validation) are set
 * in order by `createApp`.
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: PoliciesGuard },
        { provide: FILE_STORAGE, useValue: new LocalFileStorage(config.filesDir) },
      ],
      controllers: [HealthController],
      exports: [APP_CONFIG, FILE_STORAGE],
    };
  }
}
