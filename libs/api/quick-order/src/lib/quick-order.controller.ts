import { Body, Controller, Get, HttpCode, Post, Query, Res, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiAnswer,
  ApiErrors,
  ApiFileAnswer,
  AppError,
  type AuthenticatedUser,
  Can,
  CurrentUser,
  CustomerOnlyGuard,
  IdParam,
  MultipartUpload,
  UploadedPart,
} from '@lumen/api/core';
import type { QuickOrderAddToCartResponse, QuickOrderInputLine, QuickOrderReport } from '@lumen/shared/contracts';
import { QUICK_ORDER_LIMITS, QuickOrderCsvError } from '@lumen/shared/domain';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { QuickOrderAddToCartDto } from './dto/quick-order-add-to-cart.dto';
import { QuickOrderCheckToCartDto } from './dto/quick-order-check-to-cart.dto';
import { QuickOrderCheckDto } from './dto/quick-order-check.dto';
import { QuickOrderReportQueryDto } from './dto/quick-order-report-query.dto';
import { FIRST_PAGE, QuickOrderService } from './quick-order.service';

const TOO_LARGE = QuickOrderCsvError.fileTooLarge(QUICK_ORDER_LIMITS);

/** A CSV or Excel `file`, at most 10 MB (a message a purchaser can act on beyond), in memory. */
const QuickOrderFile = MultipartUpload({
  fileField: 'file',
  maxFiles: 1,
  maxFileBytes: QUICK_ORDER_LIMITS.maxBytes,
  maxFields: 10,
  fileTooLarge: () => new AppError(413, TOO_LARGE.code, TOO_LARGE.message),
});

@ApiTags('quick order')
@ApiBearerAuth()
@Can('use', 'QuickOrder')
@UseGuards(CustomerOnlyGuard)
@Controller('quick-order')
export class QuickOrderController {
  constructor(private readonly quickOrder: QuickOrderService) {}

  /**
   * Checks typed rows (JSON `lines`) or a CSV or Excel `file` (multipart; 415 for any other
   * kind): the verdict on every line is stored as a check (kept 24 hours) and the answer is
   * its report's first page.
   */
  @Post('check')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Check typed rows (JSON `lines`) or a CSV or Excel `file`; answers the first page of the stored report',
  })
  @ApiAnswer('QuickOrderReport')
  @ApiErrors({
    400: '`validation_failed` (`unknown_field` names `lines.N.field`), `invalid_characters` (a NUL byte; `details` names the line)',
    413: '`file_too_large`, `too_many_lines`: at most 10 MB and 100,000 lines',
    415: '`unsupported_file_type`: upload a CSV or Excel file',
    422: 'The file cannot be read (`code` says why; `details` names the line)',
  })
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({ type: QuickOrderCheckDto })
  @UseInterceptors(QuickOrderFile)
  check(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: QuickOrderCheckDto,
    @UploadedPart() file: UploadedPart | undefined,
  ): Promise<QuickOrderReport> {
    const entries = file
      ? this.quickOrder.entriesFromFile(file.buffer)
      : this.quickOrder.entriesFromLines(requireLines(body.lines));
    return this.quickOrder.check(user, entries);
  }

  /** A page of a check's report: every line, or only the lines with problems. */
  @Get('checks/:id')
  @ApiOperation({ summary: "A page of a check's report: every line, or only the lines with problems" })
  @ApiAnswer('QuickOrderReport')
  report(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Quick-order check') id: string,
    @Query() query: QuickOrderReportQueryDto,
  ): Promise<QuickOrderReport> {
    return this.quickOrder.page(user, id, {
      view: query.view ?? FIRST_PAGE.view,
      page: query.page ?? FIRST_PAGE.page,
      pageSize: query.pageSize ?? FIRST_PAGE.pageSize,
    });
  }

  /** Every line of a check's report as a formula-safe CSV file for Excel. */
  @Get('checks/:id/report.csv')
  @ApiOperation({ summary: "Every line of a check's report as a formula-safe CSV file for Excel (streamed)" })
  @ApiFileAnswer('text/csv')
  async reportCsv(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Quick-order check') id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const chunks = await this.quickOrder.reportCsv(user, id);
    // Readable.from waits for a slow client (backpressure) before asking for the next batch.
    reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', 'attachment; filename="quick-order-report.csv"')
      .send(Readable.from(chunks));
  }

  /** Adds every orderable line of a check, plus the replacements and suggestions taken. */
  @Post('checks/:id/cart')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add every orderable line of a check, plus the replacements and suggestions taken' })
  @ApiAnswer('QuickOrderAddToCartResponse')
  @ApiErrors({
    422: '`lines_not_orderable` (`details` names the lines), `nothing_to_add`: the check has no line to add',
  })
  addCheckToCart(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Quick-order check') id: string,
    @Body() body: QuickOrderCheckToCartDto,
  ): Promise<QuickOrderAddToCartResponse> {
    return this.quickOrder.addCheckToCart(user, id, body.take ?? []);
  }

  /** Adds the lines the user chose from the report; an unknown or end-of-life SKU refuses all. */
  @Post('cart')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add the lines chosen from the report; an unknown or end-of-life SKU refuses them all' })
  @ApiAnswer('QuickOrderAddToCartResponse')
  @ApiErrors({ 422: '`lines_not_orderable`: nothing was added (`details` names the lines)' })
  addToCart(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: QuickOrderAddToCartDto,
  ): Promise<QuickOrderAddToCartResponse> {
    return this.quickOrder.addToCart(user, body.items);
  }
}

/** The fields of a typed row; anything else is refused, as unknown fields are everywhere. */
const LINE_FIELDS: ReadonlySet<string> = new Set<keyof QuickOrderInputLine>(['sku', 'quantity']);

/**
 * Checks the shape of every typed row in one loop (see QuickOrderCheckDto for why not nested
 * class-validator objects): a text `sku`, a text or number `quantity`, and nothing else.
 */
function requireLines(lines: QuickOrderInputLine[] | undefined): QuickOrderInputLine[] {
  if (!lines || lines.length === 0)
    throw AppError.invalidField('lines', 'required', 'Send article numbers as `lines` or a CSV or Excel `file`');
  lines.forEach((line, index) => {
    if (
      typeof line !== 'object' ||
      line === null ||
      typeof line.sku !== 'string' ||
      !(typeof line.quantity === 'string' || typeof line.quantity === 'number')
    )
      throw AppError.invalidField(
        `lines.${index}`,
        'invalid_line',
        `Row ${index + 1} needs a text \`sku\` and a \`quantity\``,
      );
    const unknown = Object.keys(line).find((field) => !LINE_FIELDS.has(field));
    if (unknown !== undefined)
      throw AppError.invalidField(`lines.${index}.${unknown}`, 'unknown_field', `property ${unknown} should not exist`);
  });
  return lines;
}
