import { Controller, Get, Query, type StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiAnswer, ApiFileAnswer, Can, CurrentScope, download, IdParam, type Scope } from '@lumen/api/core';
import type { ReturnDetail, ReturnPage } from '@lumen/shared/contracts';
import { DataSource } from 'typeorm';
import { pageOf, ReturnQueryDto } from './dto/after-sales-query.dto';
import { ReturnsQuery } from './returns.query';
import { ReturnsService } from './returns.service';

/** The company's returns (staff: every company's), one return, and its label to print. */
@ApiTags('after-sales')
@Controller('returns')
@Can('read', 'AfterSales')
export class ReturnsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly query: ReturnsQuery,
    private readonly returns: ReturnsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Returns, newest first, by status or order' })
  @ApiAnswer('ReturnPage')
  list(@CurrentScope() scope: Scope, @Query() query: ReturnQueryDto): Promise<ReturnPage> {
    return this.query.page(this.dataSource.manager, scope, pageOf(query));
  }

  @Get(':id/label.pdf')
  @ApiOperation({ summary: 'The return label (PDF) to fix to the parcel, with its packing list' })
  @ApiFileAnswer('application/pdf')
  async label(@CurrentScope() scope: Scope, @IdParam('Return') id: string): Promise<StreamableFile> {
    return download(await this.returns.label(scope, id, await this.returns.languageOf(scope)));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One return: lines with their verdicts, credit notes, refund method and case' })
  @ApiAnswer('ReturnDetail')
  detail(@CurrentScope() scope: Scope, @IdParam('Return') id: string): Promise<ReturnDetail> {
    return this.query.detail(this.dataSource.manager, scope, id);
  }
}
