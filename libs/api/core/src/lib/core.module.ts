import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { type AppConfig, APP_CONFIG } from './config/app-config';
import { AllExceptionsFilter } from './errors/all-exceptions.filter';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { PoliciesGuard } from './auth/policies.guard';
import { FILE_STORAGE, LocalFileStorage } from './files/file-storage';
import { HealthController } from './health/health.controller';
import { InputGuardInterceptor } from './validation/input-guard.interceptor';

/**
 * Configuration, the error filter, the two global guards (authentication, then policy), the
 * input guard that runs before every validation pipe, health, and the store for uploaded files.
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
        { provide: APP_INTERCEPTOR, useClass: InputGuardInterceptor },
        { provide: FILE_STORAGE, useValue: new LocalFileStorage(config.filesDir) },
      ],
      controllers: [HealthController],
      exports: [APP_CONFIG, FILE_STORAGE],
    };
  }
}
