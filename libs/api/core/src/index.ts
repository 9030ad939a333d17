export * from './lib/auth/authenticated-user';
export * from './lib/auth/policy.decorators';
export * from './lib/config/app-config';
export * from './lib/core.module';
export * from './lib/errors/all-exceptions.filter';
export * from './lib/errors/app-error';
export * from './lib/errors/validation';
export * from './lib/validation/validators';
