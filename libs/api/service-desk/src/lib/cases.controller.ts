import { Body, Controller, Get, Post, Query, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ApiAnswer,
  ApiErrors,
  Can,
  type CompanyScope,
  CurrentCompanyScope,
  CustomerOnlyGuard,
  IdParam,
  UploadedParts,
} from '@lumen/api/core';
import type { CaseDetail, CasePage } from '@lumen/shared/contracts';
import { DataSource } from 'typeorm';
import { AttachmentUpload } from './attachments/attachment-upload.interceptor';
import type { UploadedAttachment } from './attachments/attachment.service';
import { CaseReadQuery } from './case-read.query';
import { CasesService } from './cases.service';
import { CaseMessageDto, CaseQueryDto, CreateCaseDto } from './dto/case.dto';

const UPLOAD_ERRORS = {
  413: '`file_too_large`: each file at most 10 MB',
  422: '`file_type_not_allowed` (JPEG, PNG or PDF by content; `details` names the file), `too_many_files` (at most 5), `message_too_long` (10,000 characters)',
} as const;

/**
 * The company's cases (PRODUCT.md §15): everyone in the company reads them; those with
 * `afterSales.request` open them and write in their thread, with attachments. Staff work cases
 * from the desk (`/api/staff/cases`), never here.
 */
@ApiTags('service desk')
@Controller('cases')
@UseGuards(CustomerOnlyGuard)
@Can('read', 'Case')
export class CasesController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly read: CaseReadQuery,
  ) {}

  @Get()
  @ApiOperation({ summary: "The company's cases, last message first" })
  @ApiAnswer('CasePage')
  list(@CurrentCompanyScope() scope: CompanyScope, @Query() query: CaseQueryDto): Promise<CasePage> {
    return this.read.page(this.dataSource.manager, scope, {
      status: query.status,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 20,
    });
  }

  @Post()
  @Can('create', 'Case')
  @ApiOperation({ summary: 'Open a case, optionally about an order (line) or invoice, with up to 5 attachments' })
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({ type: CreateCaseDto })
  @ApiAnswer('CaseDetail')
  @ApiErrors({ ...UPLOAD_ERRORS, 404: '`not_found`: the order, line or invoice is not the company’s' })
  @UseInterceptors(AttachmentUpload('files'))
  create(
    @CurrentCompanyScope() scope: CompanyScope,
    @Body() body: CreateCaseDto,
    @UploadedParts() files: UploadedAttachment[] | undefined,
  ): Promise<CaseDetail> {
    return this.cases.create(scope, body, files ?? []);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One case with its thread, attachments and the returns or claims it joins' })
  @ApiAnswer('CaseDetail')
  detail(@CurrentCompanyScope() scope: CompanyScope, @IdParam('Case') id: string): Promise<CaseDetail> {
    return this.read.detail(this.dataSource.manager, scope, id);
  }

  @Post(':id/messages')
  @Can('comment', 'Case')
  @ApiOperation({ summary: 'Write in the thread (reopens a resolved case); multipart `body` + `files`' })
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({ type: CaseMessageDto })
  @ApiAnswer('CaseDetail')
  @ApiErrors({ ...UPLOAD_ERRORS, 422: `${UPLOAD_ERRORS[422]}, \`case_transition_not_allowed\`: the case is closed` })
  @UseInterceptors(AttachmentUpload('files'))
  addMessage(
    @CurrentCompanyScope() scope: CompanyScope,
    @IdParam('Case') id: string,
    @Body() body: CaseMessageDto,
    @UploadedParts() files: UploadedAttachment[] | undefined,
  ): Promise<CaseDetail> {
    return this.cases.addMessage(scope, id, body.body, files ?? []);
  }
}
