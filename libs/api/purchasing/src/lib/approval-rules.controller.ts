import { Body, Controller, Delete, Get, HttpCode, Patch, Post, UseGuards } from '@nestjs/common';
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
import type { ApprovalRule } from '@lumen/shared/contracts';
import { ApprovalRulesService } from './approval-rules.service';
import { CreateApprovalRuleDto, UpdateApprovalRuleDto } from './dto/approval-rule.dto';

const RULE_ERRORS = {
  400: "`validation_failed`: a role or user that is not the company's (`unknown_role`, `unknown_user`), a negative amount",
  422: '`approval_rule_without_approvers`: neither an approver role nor named approvers',
};

@ApiTags('purchasing')
@Controller('company/approval-rules')
@UseGuards(CustomerOnlyGuard)
export class ApprovalRulesController {
  constructor(private readonly rules: ApprovalRulesService) {}

  @Can('read', 'PurchasingControls')
  @Get()
  @ApiOperation({ summary: "The company's approval rules: whose orders, above what, approved by whom" })
  @ApiAnswer(['ApprovalRule'])
  list(@CurrentCompanyScope() scope: CompanyScope): Promise<ApprovalRule[]> {
    return this.rules.list(scope);
  }

  @Can('create', 'PurchasingControls')
  @Post()
  @ApiOperation({ summary: 'Add an approval rule (purchasing.manage)' })
  @ApiAnswer('ApprovalRule')
  @ApiErrors(RULE_ERRORS)
  create(@CurrentCompanyScope() scope: CompanyScope, @Body() dto: CreateApprovalRuleDto): Promise<ApprovalRule> {
    return this.rules.create(scope, dto);
  }

  @Can('update', 'PurchasingControls')
  @Patch(':id')
  @ApiOperation({ summary: 'Change an approval rule; orders already waiting keep the approvers they had' })
  @ApiAnswer('ApprovalRule')
  @ApiErrors({ ...RULE_ERRORS, 404: 'No such rule in the company' })
  update(
    @CurrentCompanyScope() scope: CompanyScope,
    @IdParam('Approval rule') id: string,
    @Body() dto: UpdateApprovalRuleDto,
  ): Promise<ApprovalRule> {
    return this.rules.update(scope, id, dto);
  }

  @Can('delete', 'PurchasingControls')
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an approval rule; orders already waiting still need their approval' })
  @ApiErrors({ 404: 'No such rule in the company' })
  remove(@CurrentCompanyScope() scope: CompanyScope, @IdParam('Approval rule') id: string): Promise<void> {
    return this.rules.remove(scope, id);
  }
}
