export * from './lib/auth.module';
export * from './lib/auth.service';
export * from './lib/password-hasher';
export * from './lib/session.service';
