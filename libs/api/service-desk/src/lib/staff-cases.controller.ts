import { Body, Controller, Get, HttpCode, Post, Put, Query, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ApiAnswer,
  ApiErrors,
  type AuthenticatedUser,
  Can,
  CurrentUser,
  IdParam,
  UploadedParts,
} from '@lumen/api/core';
import type {
  BillCaseResponse,
  CaseDetail,
  CaseMetrics,
  ServiceSettings,
  StaffCasePage,
} from '@lumen/shared/contracts';
import { DataSource } from 'typeorm';
import { AttachmentUpload } from './attachments/attachment-upload.interceptor';
import type { UploadedAttachment } from './attachments/attachment.service';
import { CaseReadQuery } from './case-read.query';
import {
  CaseMetricsQueryDto,
  ClassifyCaseDto,
  CreateTimeEntryDto,
  ServiceSettingsDto,
  StaffCaseQueryDto,
  StaffReplyDto,
} from './dto/case.dto';
import { ServiceBillingService } from './service-billing.service';
import { StaffCasesService } from './staff-cases.service';

const CLAIMED = { 409: '`case_claimed_by_other`: another staff member has claimed the case' } as const;

/**
 * The staff service desk (PRODUCT.md §15): every staff member works the queue (`handle Case`);
 * the service price is the shop admin's (`update ServiceSettings`). Staff see the service terms'
 * part of a case; customers never do.
 */
@ApiTags('service desk')
@Controller('staff')
@Can('handle', 'Case')
export class StaffCasesController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly read: CaseReadQuery,
    private readonly cases: StaffCasesService,
    private readonly billing: ServiceBillingService,
  ) {}

  @Get('cases')
  @ApiOperation({ summary: 'The queue: active cases (or ?status=) by due time, overdue flagged, with desk counts' })
  @ApiAnswer('StaffCasePage')
  queue(@CurrentUser() user: AuthenticatedUser, @Query() query: StaffCaseQueryDto): Promise<StaffCasePage> {
    return this.read.staffPage(this.dataSource.manager, user.userId, {
      status: query.status,
      overdue: query.overdue,
      category: query.category,
      assignee: query.assignee,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 25,
    });
  }

  @Get('cases/:id')
  @ApiOperation({ summary: 'One case with its thread, links, classification, time and service invoice' })
  @ApiAnswer('CaseDetail')
  detail(@CurrentUser() user: AuthenticatedUser, @IdParam('Case') id: string): Promise<CaseDetail> {
    return this.read.detail(this.dataSource.manager, { kind: 'shop', userId: user.userId }, id);
  }

  @Post('cases/:id/claim')
  @HttpCode(200)
  @ApiOperation({ summary: 'Claim the case' })
  @ApiAnswer('CaseDetail')
  @ApiErrors({ ...CLAIMED, 422: '`case_transition_not_allowed`: the case is closed' })
  claim(@CurrentUser() user: AuthenticatedUser, @IdParam('Case') id: string): Promise<CaseDetail> {
    return this.cases.claim(user, id);
  }

  @Post('cases/:id/reply')
  @HttpCode(200)
  @ApiOperation({ summary: 'Answer the customer (e-mailed in their language); multipart `body` + `files`' })
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({ type: StaffReplyDto })
  @ApiAnswer('CaseDetail')
  @ApiErrors({
    ...CLAIMED,
    413: '`file_too_large`',
    422: '`case_transition_not_allowed` (resolved or closed), `message_too_long`, `file_type_not_allowed`, `too_many_files`',
  })
  @UseInterceptors(AttachmentUpload('files'))
  reply(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Case') id: string,
    @Body() body: StaffReplyDto,
    @UploadedParts() files: UploadedAttachment[] | undefined,
  ): Promise<CaseDetail> {
    return this.cases.reply(user, id, body, files ?? []);
  }

  @Post('cases/:id/resolve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark the case resolved (the customer is e-mailed; their answer reopens it)' })
  @ApiAnswer('CaseDetail')
  @ApiErrors({ ...CLAIMED, 422: '`case_transition_not_allowed`' })
  resolve(@CurrentUser() user: AuthenticatedUser, @IdParam('Case') id: string): Promise<CaseDetail> {
    return this.cases.resolve(user, id);
  }

  @Post('cases/:id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close a resolved case for good' })
  @ApiAnswer('CaseDetail')
  @ApiErrors({ ...CLAIMED, 422: '`case_transition_not_allowed`: only a resolved case closes' })
  close(@CurrentUser() user: AuthenticatedUser, @IdParam('Case') id: string): Promise<CaseDetail> {
    return this.cases.close(user, id);
  }

  @Put('cases/:id/classification')
  @ApiOperation({ summary: 'Classify a technical-support case under the service terms' })
  @ApiAnswer('CaseDetail')
  @ApiErrors({ ...CLAIMED, 422: '`case_not_billable`: not a technical-support case' })
  classify(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Case') id: string,
    @Body() body: ClassifyCaseDto,
  ): Promise<CaseDetail> {
    return this.cases.classify(user, id, body.classification);
  }

  @Post('cases/:id/time-entries')
  @ApiOperation({ summary: 'Log support time on the case (minutes)' })
  @ApiAnswer('CaseDetail')
  @ApiErrors({ ...CLAIMED, 422: '`case_transition_not_allowed`: the case is closed' })
  logTime(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Case') id: string,
    @Body() body: CreateTimeEntryDto,
  ): Promise<CaseDetail> {
    return this.cases.logTime(user, id, body);
  }

  @Post('cases/:id/bill')
  @ApiOperation({ summary: 'Issue the service invoice (PDF + EHF) for the started 15-minute units not billed yet' })
  @ApiAnswer('BillCaseResponse')
  @ApiErrors({ 422: '`case_not_billable` (unclassified or covered), `nothing_to_bill` (no new unit)' })
  bill(@CurrentUser() user: AuthenticatedUser, @IdParam('Case') id: string): Promise<BillCaseResponse> {
    return this.billing.bill(user.userId, id);
  }

  @Get('metrics/cases')
  @ApiOperation({ summary: 'Share of cases first answered within one business day, and overdue open cases' })
  @ApiAnswer('CaseMetrics')
  metrics(@Query() query: CaseMetricsQueryDto): Promise<CaseMetrics> {
    return this.read.metrics(this.dataSource.manager, query.days ?? 30);
  }

  @Get('service-settings')
  @ApiOperation({ summary: 'The price of a started 15 minutes of support, excl. VAT' })
  @ApiAnswer('ServiceSettings')
  settings(): Promise<ServiceSettings> {
    return this.billing.settings();
  }

  @Put('service-settings')
  @Can('update', 'ServiceSettings')
  @ApiOperation({ summary: 'Set the service price (shop admin)' })
  @ApiAnswer('ServiceSettings')
  saveSettings(@CurrentUser() user: AuthenticatedUser, @Body() body: ServiceSettingsDto): Promise<ServiceSettings> {
    return this.billing.saveSettings(user.userId, body);
  }
}
