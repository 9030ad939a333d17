export * from './lib/after-sales.module';
export { ReturnsService } from './lib/returns.service';
export { ClaimsService } from './lib/claims.service';
