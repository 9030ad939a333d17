import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@lumen/api/audit';
import { AppError, type CompanyScope } from '@lumen/api/core';
import type { Budget } from '@lumen/shared/contracts';
import { remainingOre } from '@lumen/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { type BudgetSpending, BudgetSpendingQuery } from './budget-spending.query';
import type { CreateBudgetDto, UpdateBudgetDto } from './dto/budget.dto';

const toView = (budget: BudgetSpending): Budget => ({ ...budget, remainingOre: remainingOre(budget) });

/**
 * A company's budgets per month, quarter or year, for the company or one delivery address. There
 * is no delete: a budget is switched off (`active: false`), so the orders it once held keep the
 * budget their approval step names.
 */
@Injectable()
export class BudgetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly spending: BudgetSpendingQuery,
    private readonly audit: AuditService,
  ) {}

  async list(scope: CompanyScope): Promise<Budget[]> {
    return (await this.spending.spending(this.dataSource.manager, scope.companyId, new Date())).map(toView);
  }

  async create(scope: CompanyScope, dto: CreateBudgetDto): Promise<Budget> {
    return this.dataSource.transaction(async (manager) => {
      if (dto.deliveryAddressId !== null) {
        const [address] = await manager.query(
          `SELECT 1 FROM addresses WHERE id = $1 AND company_id = $2 AND kind = 'delivery' AND deleted_at IS NULL`,
          [dto.deliveryAddressId, scope.companyId],
        );
        if (!address)
          throw AppError.invalidField(
            'deliveryAddressId',
            'unknown_address',
            'Choose a delivery address of your company',
          );
      }
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO budgets (company_id, period, delivery_address_id, amount_ore, over_budget)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [scope.companyId, dto.period, dto.deliveryAddressId, dto.amountOre, dto.overBudget],
      );
      await this.record(manager, scope, 'budget.created', id, null, { ...dto });
      return this.one(manager, scope.companyId, id);
    });
  }

  async update(scope: CompanyScope, id: string, dto: UpdateBudgetDto): Promise<Budget> {
    return this.dataSource.transaction(async (manager) => {
      const [before]: { amount_ore: number; over_budget: string; active: boolean }[] = await manager.query(
        `SELECT amount_ore, over_budget, active FROM budgets WHERE id = $1 AND company_id = $2 FOR UPDATE`,
        [id, scope.companyId],
      );
      if (!before) throw AppError.notFound('Budget');
      await manager.query(
        `UPDATE budgets SET amount_ore = coalesce($2, amount_ore), over_budget = coalesce($3, over_budget),
           active = coalesce($4, active), updated_at = now() WHERE id = $1`,
        [id, dto.amountOre ?? null, dto.overBudget ?? null, dto.active ?? null],
      );
      const budget = await this.one(manager, scope.companyId, id);
      await this.record(
        manager,
        scope,
        'budget.updated',
        id,
        { amountOre: before.amount_ore, overBudget: before.over_budget, active: before.active },
        { amountOre: budget.amountOre, overBudget: budget.overBudget, active: budget.active },
      );
      return budget;
    });
  }

  private async one(manager: EntityManager, companyId: string, id: string): Promise<Budget> {
    const [budget] = await this.spending.spending(manager, companyId, new Date(), { budgetIds: [id] });
    return toView(budget);
  }

  private record(
    manager: EntityManager,
    scope: CompanyScope,
    action: string,
    id: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorUserId: scope.userId,
      companyId: scope.companyId,
      action,
      entityType: 'budget',
      entityId: id,
      before,
      after,
    });
  }
}
