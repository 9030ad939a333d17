export * from './lib/after-sales.module';
export { ReturnsService, type AfterSalesMoveOptions } from './lib/returns.service';
export { ClaimsService } from './lib/claims.service';
