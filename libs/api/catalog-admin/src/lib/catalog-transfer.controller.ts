import { Controller, Get, HttpCode, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, type ApiBodyOptions, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiAnswer,
  ApiErrors,
  ApiFileAnswer,
  type AuthenticatedUser,
  Can,
  CurrentUser,
  IdParam,
  sendStream,
  UploadedPart,
} from '@lumen/api/core';
import { CATALOG_IMPORT_MAX_BYTES, type CatalogImportReport, type StockFeedResult } from '@lumen/shared/contracts';
import type { FastifyReply } from 'fastify';
import { CatalogExportService } from './catalog-export.service';
import { CatalogImportService } from './catalog-import.service';
import { CatalogExportQueryDto, CatalogImportModeDto, CatalogImportReportQueryDto } from './dto/catalog-import.dto';
import { StockFeedService } from './stock-feed.service';
import { fileUpload, requireFile } from './upload';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const FILE_BODY: ApiBodyOptions = {
  schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
};
const FILE_REFUSALS = {
  413: '`file_too_large` (40 MB), `too_many_lines` (100,000 product lines)',
  415: '`unsupported_file_type`: upload a CSV file or an .xlsx workbook',
} as const;

/**
 * Products in and out by file: import (dry run, then apply), the stock feed, and the export.
 * Declared before the product routes so that `export.csv` is never taken for a product id.
 */
@ApiTags('catalog (staff)')
@ApiBearerAuth()
@Controller('staff')
export class CatalogTransferController {
  constructor(
    private readonly imports: CatalogImportService,
    private readonly stockFeed: StockFeedService,
    private readonly exports: CatalogExportService,
  ) {}

  @Post('products/import')
  @HttpCode(200)
  @Can('update', 'Product')
  @ApiOperation({
    summary:
      'Shop admin: import products by SKU from a CSV or XLSX `file`; `mode=dry-run` answers the report, `mode=apply` writes it in one transaction (one audit event)',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @ApiAnswer('CatalogImportReport')
  @ApiErrors({
    ...FILE_REFUSALS,
    422: '`import_has_refusals` (an apply with refused lines changed nothing; `details.importId` pages its report), `malformed_csv` (an unknown or repeated column), `csv_missing_column`, `empty_file`',
  })
  @UseInterceptors(fileUpload(CATALOG_IMPORT_MAX_BYTES))
  import(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: CatalogImportModeDto,
    @UploadedPart() file: UploadedPart | undefined,
  ): Promise<CatalogImportReport> {
    const upload = requireFile(file);
    return this.imports.run(user, upload.buffer, upload.originalname, query.mode);
  }

  @Get('product-imports/:id')
  @Can('read', 'StaffArea')
  @ApiOperation({ summary: "A page of an import's report: every line, refused lines only, or changes only" })
  @ApiAnswer('CatalogImportReport')
  report(
    @IdParam('Import report') id: string,
    @Query() query: CatalogImportReportQueryDto,
  ): Promise<CatalogImportReport> {
    return this.imports.page(id, query);
  }

  @Post('stock-feed')
  @HttpCode(200)
  @Can('update', 'Product')
  @ApiOperation({
    summary:
      'Shop admin: a CSV `file` of sku;stock_status;expected_date updates stock only, all lines or none (one audit event)',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @ApiAnswer('StockFeedResult')
  @ApiErrors({
    ...FILE_REFUSALS,
    422: '`import_has_refusals` (unknown SKU, bad status or date: `details.refused` names the lines; nothing changed), `csv_missing_column`, `malformed_csv`, `empty_file`',
  })
  @UseInterceptors(fileUpload(CATALOG_IMPORT_MAX_BYTES))
  feed(
    @CurrentUser() user: AuthenticatedUser,
    @UploadedPart() file: UploadedPart | undefined,
  ): Promise<StockFeedResult> {
    const upload = requireFile(file);
    return this.stockFeed.apply(user, upload.buffer, upload.originalname);
  }

  @Get('products/export.csv')
  @Can('read', 'StaffArea')
  @ApiOperation({ summary: 'The whole catalog as CSV in the import columns (streamed), for Excel' })
  @ApiFileAnswer('text/csv')
  async exportCsv(@Query() query: CatalogExportQueryDto, @Res() reply: FastifyReply): Promise<void> {
    await sendStream(reply, 'text/csv; charset=utf-8', 'catalog.csv', (out) =>
      this.exports.csv(out, query.headers ?? 'en'),
    );
  }

  @Get('products/export.xlsx')
  @Can('read', 'StaffArea')
  @ApiOperation({ summary: 'The whole catalog as an Excel workbook in the import columns (streamed)' })
  @ApiFileAnswer(XLSX_TYPE)
  async exportXlsx(@Query() query: CatalogExportQueryDto, @Res() reply: FastifyReply): Promise<void> {
    await sendStream(reply, XLSX_TYPE, 'catalog.xlsx', (out) => this.exports.xlsx(out, query.headers ?? 'en'));
  }
}
