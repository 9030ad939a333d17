import {
  Body,
  type CallHandler,
  Controller,
  type ExecutionContext,
  HttpCode,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AppError, type AuthenticatedUser, Can, CurrentUser } from '@lumen/api/core';
import type { QuickOrderAddToCartResponse, QuickOrderInputLine, QuickOrderReport } from '@lumen/shared/contracts';
import { QUICK_ORDER_MAX_FILE_BYTES } from '@lumen/shared/contracts';
import type { Response } from 'express';
import { catchError, type Observable, throwError } from 'rxjs';
import { QuickOrderAddToCartDto } from './dto/quick-order-add-to-cart.dto';
import { QuickOrderCheckDto } from './dto/quick-order-check.dto';
import { quickOrderReportCsv } from './quick-order-report-csv';
import { QuickOrderService } from './quick-order.service';

/** The part of a multer file we read. */
interface UploadedCsv {
  buffer: Buffer;
  size: number;
}

/** Multer's "File too large" becomes our 413 with a message a purchaser can act on. */
@Injectable()
class FileTooLargeInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) =>
        throwError(() =>
          error instanceof PayloadTooLargeException
            ? new AppError(413, 'file_too_large', 'The file is larger than 10 MB; split it into smaller files')
            : error,
        ),
      ),
    );
  }
}

@ApiTags('quick order')
@ApiBearerAuth()
@Can('use', 'QuickOrder')
@Controller('quick-order')
export class QuickOrderController {
  constructor(private readonly quickOrder: QuickOrderService) {}

  /**
   * Checks typed rows (JSON `lines`) or a CSV `file` (multipart) and reports on every line.
   * `?format=csv` answers the same report as a formula-safe CSV download.
   */
  @Post('check')
  @HttpCode(200)
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({ type: QuickOrderCheckDto })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @UseInterceptors(
    FileTooLargeInterceptor,
    // No storage option: multer keeps the upload in memory (it is at most 10 MB).
    FileInterceptor('file', {
      limits: { fileSize: QUICK_ORDER_MAX_FILE_BYTES, files: 1, fields: 10 },
    }),
  )
  async check(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: QuickOrderCheckDto,
    @UploadedFile() file: UploadedCsv | undefined,
    @Query('format') format: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<QuickOrderReport | string> {
    const entries = file
      ? this.quickOrder.entriesFromFile(file.buffer)
      : this.quickOrder.entriesFromLines(requireLines(body.lines));
    const report = await this.quickOrder.check(user, entries);
    if (format !== 'csv') return report;
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="quick-order-report.csv"');
    return quickOrderReportCsv(report);
  }

  /** Adds the lines the user chose from the report; an unknown or end-of-life SKU refuses all. */
  @Post('cart')
  @HttpCode(200)
  addToCart(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: QuickOrderAddToCartDto,
  ): Promise<QuickOrderAddToCartResponse> {
    return this.quickOrder.addToCart(user, body.items);
  }
}

function requireLines(lines: QuickOrderInputLine[] | undefined): QuickOrderInputLine[] {
  if (!lines || lines.length === 0)
    throw AppError.invalidField('lines', 'required', 'Send article numbers as `lines` or a CSV `file`');
  const bad = lines.findIndex(
    (line) =>
      typeof line !== 'object' ||
      line === null ||
      typeof line.sku !== 'string' ||
      !(typeof line.quantity === 'string' || typeof line.quantity === 'number'),
  );
  if (bad !== -1)
    throw AppError.invalidField(
      `lines.${bad}`,
      'invalid_line',
      `Row ${bad + 1} needs a text \`sku\` and a \`quantity\``,
    );
  return lines;
}
