import { Body, Controller, Get, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiAnswer,
  ApiErrors,
  Can,
  type CompanyScope,
  CurrentCompanyScope,
  CustomerOnlyGuard,
  IdParam,
} from '@lumen/api/core';
import type { Budget } from '@lumen/shared/contracts';
import { BudgetsService } from './budgets.service';
import { CreateBudgetDto, UpdateBudgetDto } from './dto/budget.dto';

@ApiTags('purchasing')
@Controller('company/budgets')
@UseGuards(CustomerOnlyGuard)
export class BudgetsController {
  constructor(private readonly budgets: BudgetsService) {}

  @Can('read', 'PurchasingControls')
  @Get()
  @ApiOperation({ summary: "The company's budgets, each with what its current period has spent and has left" })
  @ApiAnswer(['Budget'])
  list(@CurrentCompanyScope() scope: CompanyScope): Promise<Budget[]> {
    return this.budgets.list(scope);
  }

  @Can('create', 'PurchasingControls')
  @Post()
  @ApiOperation({ summary: 'Add a budget per month, quarter or year, for the company or one delivery address' })
  @ApiAnswer('Budget')
  @ApiErrors({ 400: '`validation_failed`: an amount below 1 øre, an unknown period, or `unknown_address`' })
  create(@CurrentCompanyScope() scope: CompanyScope, @Body() dto: CreateBudgetDto): Promise<Budget> {
    return this.budgets.create(scope, dto);
  }

  @Can('update', 'PurchasingControls')
  @Patch(':id')
  @ApiOperation({ summary: "Change a budget's amount or over-budget action, or switch it off" })
  @ApiAnswer('Budget')
  @ApiErrors({ 400: '`validation_failed`: an amount below 1 øre', 404: 'No such budget in the company' })
  update(
    @CurrentCompanyScope() scope: CompanyScope,
    @IdParam('Budget') id: string,
    @Body() dto: UpdateBudgetDto,
  ): Promise<Budget> {
    return this.budgets.update(scope, id, dto);
  }
}
