import { Module } from '@nestjs/common';

/** Purchasing controls: approval rules, budgets and the approval of orders (PRODUCT.md §17). */
@Module({})
export class PurchasingModule {}
