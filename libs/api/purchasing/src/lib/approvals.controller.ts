import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
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
import type { ApprovalsPage, OrderApproval } from '@lumen/shared/contracts';
import { ApprovalsService } from './approvals.service';
import { RejectApprovalDto } from './dto/reject-approval.dto';

const DECISION_ERRORS = {
  403: "`approver_is_orderer`: the orderer never decides their own order; `not_an_approver`: no open step is the caller's",
  404: 'No such approval in the company',
  409: '`approval_already_decided`: approved, rejected, or already approved by the caller; `approval_expired`: the price hold has run out',
};

/**
 * The approvals of orders (PRODUCT.md §17). Every customer may open the page; whether the caller
 * may decide an order is the order's rules' business, checked per approval.
 */
@ApiTags('purchasing')
@Controller('approvals')
@UseGuards(CustomerOnlyGuard)
@Can('approve', 'Approval')
export class ApprovalsController {
  constructor(private readonly approvals: ApprovalsService) {}

  @Get()
  @ApiOperation({ summary: "The orders waiting for the caller's decision, with counts for the header" })
  @ApiAnswer('ApprovalsPage')
  list(@CurrentCompanyScope() scope: CompanyScope): Promise<ApprovalsPage> {
    return this.approvals.page(scope);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One approval: its steps, who approved when, and whether the caller may decide it' })
  @ApiAnswer('OrderApproval')
  @ApiErrors({ 404: 'No such approval in the company' })
  one(@CurrentCompanyScope() scope: CompanyScope, @IdParam('Approval') id: string): Promise<OrderApproval> {
    return this.approvals.one(scope, id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: "Approve the caller's open steps; the last approval places the order" })
  @ApiAnswer('OrderApproval')
  @ApiErrors(DECISION_ERRORS)
  approve(@CurrentCompanyScope() scope: CompanyScope, @IdParam('Approval') id: string): Promise<OrderApproval> {
    return this.approvals.approve(scope, id);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject the order with a reason: it is cancelled and the orderer told' })
  @ApiAnswer('OrderApproval')
  @ApiErrors({ ...DECISION_ERRORS, 400: '`validation_failed`: `reason` is required' })
  reject(
    @CurrentCompanyScope() scope: CompanyScope,
    @IdParam('Approval') id: string,
    @Body() dto: RejectApprovalDto,
  ): Promise<OrderApproval> {
    return this.approvals.reject(scope, id, dto.reason);
  }
}
