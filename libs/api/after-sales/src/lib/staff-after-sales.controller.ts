import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiAnswer, ApiErrors, Can, CurrentScope, IdParam, type Scope } from '@lumen/api/core';
import type {
  Cancellation,
  CancellationPage,
  ClaimDetail,
  ClaimPage,
  ReturnDetail,
  ReturnPage,
} from '@lumen/shared/contracts';
import { DataSource } from 'typeorm';
import { CancellationsService } from './cancellations.service';
import { ClaimsQuery } from './claims.query';
import { ClaimsService } from './claims.service';
import { CancellationQueryDto, ClaimQueryDto, pageOf, ReturnQueryDto } from './dto/after-sales-query.dto';
import { DecideClaimDto } from './dto/decide-claim.dto';
import { InspectReturnDto } from './dto/inspect-return.dto';
import { RefuseDto } from './dto/refuse.dto';
import { ReturnsQuery } from './returns.query';
import { ReturnsService } from './returns.service';

const TWICE = '`after_sales_transition_not_allowed`: already decided (or not at this step)';

/**
 * The staff side of after-sales (PRODUCT.md §14), every staff member's (`handle AfterSales`):
 * cancellation requests to accept or refuse, returns to receive and inspect (accepted goods are
 * credited at once), claims to decide. Every decision is audited and e-mailed to the customer.
 */
@ApiTags('staff: after-sales')
@Controller('staff')
@Can('handle', 'AfterSales')
export class StaffAfterSalesController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cancellations: CancellationsService,
    private readonly returnsQuery: ReturnsQuery,
    private readonly returns: ReturnsService,
    private readonly claimsQuery: ClaimsQuery,
    private readonly claims: ClaimsService,
  ) {}

  @Get('cancellations')
  @ApiOperation({ summary: 'Cancellations of every company, newest first, by status (`requested`: to decide)' })
  @ApiAnswer('CancellationPage')
  cancellationList(@CurrentScope() scope: Scope, @Query() query: CancellationQueryDto): Promise<CancellationPage> {
    return this.cancellations.page(scope, pageOf(query));
  }

  @Post('cancellations/:id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept a cancellation request: the units leave the line, the order status follows' })
  @ApiAnswer('Cancellation')
  @ApiErrors({ 409: TWICE, 422: '`cancel_exceeds_open_quantity`: the units were shipped meanwhile' })
  accept(@CurrentScope() scope: Scope, @IdParam('Cancellation') id: string): Promise<Cancellation> {
    return this.cancellations.accept(scope, id);
  }

  @Post('cancellations/:id/refuse')
  @HttpCode(200)
  @ApiOperation({ summary: "Refuse a cancellation request with a reason; it joins the order's cancellation case" })
  @ApiAnswer('Cancellation')
  @ApiErrors({ 409: TWICE, 422: '`reason_required`' })
  refuse(
    @CurrentScope() scope: Scope,
    @IdParam('Cancellation') id: string,
    @Body() body: RefuseDto,
  ): Promise<Cancellation> {
    return this.cancellations.refuse(scope, id, body.reason);
  }

  @Get('returns')
  @ApiOperation({ summary: 'Returns of every company, newest first, by status or order' })
  @ApiAnswer('ReturnPage')
  returnList(@CurrentScope() scope: Scope, @Query() query: ReturnQueryDto): Promise<ReturnPage> {
    return this.returnsQuery.page(this.dataSource.manager, scope, pageOf(query));
  }

  @Get('returns/:id')
  @ApiOperation({ summary: 'One return as staff inspect it' })
  @ApiAnswer('ReturnDetail')
  returnDetail(@CurrentScope() scope: Scope, @IdParam('Return') id: string): Promise<ReturnDetail> {
    return this.returnsQuery.detail(this.dataSource.manager, scope, id);
  }

  @Post('returns/:id/receive')
  @HttpCode(200)
  @ApiOperation({ summary: 'The parcel has arrived: the return is received, ready to inspect' })
  @ApiAnswer('ReturnDetail')
  @ApiErrors({ 409: TWICE })
  receive(@CurrentScope() scope: Scope, @IdParam('Return') id: string): Promise<ReturnDetail> {
    return this.returns.receive(scope, id);
  }

  @Post('returns/:id/inspect')
  @HttpCode(200)
  @ApiOperation({
    summary: 'A verdict per line; accepted goods are credited at once (one credit note per invoice) and refunded',
  })
  @ApiAnswer('ReturnDetail')
  @ApiErrors({
    400: '`validation_failed`: a verdict missing for a line (`verdict_missing`)',
    409: TWICE,
    422: '`reason_required`: a refused line without a reason; `unknown_order_line`, `duplicate_order_line`',
  })
  inspect(
    @CurrentScope() scope: Scope,
    @IdParam('Return') id: string,
    @Body() body: InspectReturnDto,
  ): Promise<ReturnDetail> {
    return this.returns.inspect(scope, id, body);
  }

  @Get('claims')
  @ApiOperation({ summary: 'Warranty claims and damage reports of every company, newest first' })
  @ApiAnswer('ClaimPage')
  claimList(@CurrentScope() scope: Scope, @Query() query: ClaimQueryDto): Promise<ClaimPage> {
    return this.claimsQuery.page(this.dataSource.manager, scope, pageOf(query));
  }

  @Get('claims/:id')
  @ApiOperation({ summary: 'One claim as staff decide it' })
  @ApiAnswer('ClaimDetail')
  claimDetail(@CurrentScope() scope: Scope, @IdParam('Claim') id: string): Promise<ClaimDetail> {
    return this.claimsQuery.detail(this.dataSource.manager, scope, id);
  }

  @Post('claims/:id/decide')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Decide a claim: replacement (a shipment at no charge), repair, credit (a credit note) or refusal',
    description:
      'A replacement needs `carrier` and `trackingNumber` and goes out as a shipment flagged for the claim, ' +
      'with no invoice and no shipment lines. A damage report allows only `replacement` or `credit`.',
  })
  @ApiAnswer('ClaimDetail')
  @ApiErrors({
    400: '`validation_failed`: `decision_not_allowed` (damage: replacement or credit only), `replacement_needs_shipment`',
    409: TWICE,
    422: '`reason_required`: a refusal without a reason',
  })
  decide(
    @CurrentScope() scope: Scope,
    @IdParam('Claim') id: string,
    @Body() body: DecideClaimDto,
  ): Promise<ClaimDetail> {
    return this.claims.decide(scope, id, body);
  }
}
