export * from './lib/portal-core/portal-core';
