export * from './lib/portal-auth/portal-auth';
