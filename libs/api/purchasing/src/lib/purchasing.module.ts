import { Module } from '@nestjs/common';
import { OrdersModule } from '@lumen/api/orders';
import { ApprovalReadQuery } from './approval-read.query';
import { ApprovalRulesController } from './approval-rules.controller';
import { ApprovalRulesService } from './approval-rules.service';
import { ApprovalSweep } from './approval-sweep';
import { ApprovalsController } from './approvals.controller';
import { ApprovalsService } from './approvals.service';
import { BudgetSpendingQuery } from './budget-spending.query';
import { BudgetsController } from './budgets.controller';
import { BudgetsService } from './budgets.service';
import { OrderApprovalController } from './order-approval.controller';
import { PurchasingControls } from './purchasing-controls';
import { PurchasingMail } from './purchasing-mail';
import { PurchasingSettings } from './purchasing-settings';

/**
 * Purchasing controls: approval rules, budgets and the approval of orders (PRODUCT.md §17).
 * Checkout asks `PurchasingControls` what an order meets and to hold it; the decisions are here.
 */
@Module({
  imports: [OrdersModule],
  controllers: [ApprovalRulesController, BudgetsController, ApprovalsController, OrderApprovalController],
  providers: [
    ApprovalReadQuery,
    ApprovalRulesService,
    ApprovalSweep,
    ApprovalsService,
    BudgetSpendingQuery,
    BudgetsService,
    PurchasingControls,
    PurchasingMail,
    PurchasingSettings,
  ],
  exports: [PurchasingControls],
})
export class PurchasingModule {}
