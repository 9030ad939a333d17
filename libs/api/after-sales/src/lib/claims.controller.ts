import { Body, Controller, Get, Post, Query, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiBody, type ApiBodyOptions, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ApiAnswer,
  ApiErrors,
  Can,
  type CompanyScope,
  CurrentCompanyScope,
  CurrentScope,
  CustomerOnlyGuard,
  IdParam,
  type Scope,
  UploadedParts,
} from '@lumen/api/core';
import { AttachmentUpload, type UploadedAttachment } from '@lumen/api/service-desk';
import { ATTACHMENTS_PER_MESSAGE_MAX, type ClaimDetail, type ClaimPage } from '@lumen/shared/contracts';
import { DataSource } from 'typeorm';
import { ClaimsQuery } from './claims.query';
import { ClaimsService } from './claims.service';
import { ClaimQueryDto, pageOf } from './dto/after-sales-query.dto';
import { CreateClaimDto } from './dto/create-claim.dto';

const CLAIM_FORM: ApiBodyOptions = {
  schema: {
    type: 'object',
    required: ['orderId', 'orderLineId', 'quantity', 'description'],
    properties: {
      orderId: { type: 'string', format: 'uuid' },
      orderLineId: { type: 'string', format: 'uuid' },
      quantity: { type: 'integer', minimum: 1 },
      description: { type: 'string' },
      photos: { type: 'array', items: { type: 'string', format: 'binary' }, maxItems: ATTACHMENTS_PER_MESSAGE_MAX },
    },
  },
};

const FILE_ERRORS = {
  400: '`validation_failed`: a field, or `photos_required` (a damage report needs a photo)',
  404: '`not_found`: no such order in your company',
  413: '`file_too_large`: a photo over 10 MB',
} as const;

/**
 * Warranty claims (12 months from the line's delivery) and damage reports (48 hours), multipart
 * with up to five `photos` (JPEG/PNG, checked by content); the company's claims and one claim.
 */
@ApiTags('after-sales')
@Controller()
export class ClaimsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly query: ClaimsQuery,
    private readonly claims: ClaimsService,
  ) {}

  @Post('warranty-claims')
  @Can('request', 'AfterSales')
  @UseGuards(CustomerOnlyGuard)
  @UseInterceptors(AttachmentUpload('photos'))
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody(CLAIM_FORM)
  @ApiOperation({ summary: 'File a warranty claim on a delivered line, with a description and photos' })
  @ApiAnswer('ClaimDetail')
  @ApiErrors({
    ...FILE_ERRORS,
    422: '`order_not_delivered`; `warranty_window_closed` with `details.closedOn`; `unknown_order_line`; `file_type_not_allowed`; `too_many_files`; `message_too_long`',
  })
  warranty(
    @CurrentCompanyScope() scope: CompanyScope,
    @Body() body: CreateClaimDto,
    @UploadedParts() photos: UploadedAttachment[] | undefined,
  ): Promise<ClaimDetail> {
    return this.claims.file(scope, 'warranty', body, photos ?? []);
  }

  @Post('damage-reports')
  @Can('request', 'AfterSales')
  @UseGuards(CustomerOnlyGuard)
  @UseInterceptors(AttachmentUpload('photos'))
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody(CLAIM_FORM)
  @ApiOperation({ summary: 'Report transport damage within 48 hours of delivery, with photos' })
  @ApiAnswer('ClaimDetail')
  @ApiErrors({
    ...FILE_ERRORS,
    422: '`order_not_delivered`; `damage_window_closed` with `details.closedOn`; `unknown_order_line`; `file_type_not_allowed`; `too_many_files`; `message_too_long`',
  })
  damage(
    @CurrentCompanyScope() scope: CompanyScope,
    @Body() body: CreateClaimDto,
    @UploadedParts() photos: UploadedAttachment[] | undefined,
  ): Promise<ClaimDetail> {
    return this.claims.file(scope, 'damage', body, photos ?? []);
  }

  @Get('claims')
  @Can('read', 'AfterSales')
  @ApiOperation({ summary: 'Warranty claims and damage reports, newest first, by kind and status' })
  @ApiAnswer('ClaimPage')
  list(@CurrentScope() scope: Scope, @Query() query: ClaimQueryDto): Promise<ClaimPage> {
    return this.query.page(this.dataSource.manager, scope, pageOf(query));
  }

  @Get('claims/:id')
  @Can('read', 'AfterSales')
  @ApiOperation({ summary: 'One claim: description, photos, decision, replacement shipment or credit notes, case' })
  @ApiAnswer('ClaimDetail')
  detail(@CurrentScope() scope: Scope, @IdParam('Claim') id: string): Promise<ClaimDetail> {
    return this.query.detail(this.dataSource.manager, scope, id);
  }
}
