import type { QuickOrderReportQuery, QuickOrderReportView } from '@lumen/shared/contracts';
import { QUICK_ORDER_MAX_PAGE_SIZE, QUICK_ORDER_REPORT_VIEWS } from '@lumen/shared/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

/** A page of a stored quick-order report: every line, or only those with problems. */
export class QuickOrderReportQueryDto implements QuickOrderReportQuery {
  @IsOptional()
  @IsIn(QUICK_ORDER_REPORT_VIEWS)
  view?: QuickOrderReportView;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(QUICK_ORDER_MAX_PAGE_SIZE)
  pageSize?: number;
}
