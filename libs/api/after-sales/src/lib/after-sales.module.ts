import { Module } from '@nestjs/common';

/** Cancellations, returns, warranty claims and damage reports (PRODUCT.md §14). */
@Module({})
export class AfterSalesModule {}
