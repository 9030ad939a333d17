import { Optional, PageQueryDto } from '@lumen/api/core';
import type { QuickOrderReportQuery, QuickOrderReportView } from '@lumen/shared/contracts';
import { QUICK_ORDER_REPORT_VIEWS } from '@lumen/shared/contracts';
import { IsIn } from 'class-validator';

/** A page of a stored quick-order report: every line, or only those with problems. */
export class QuickOrderReportQueryDto extends PageQueryDto implements QuickOrderReportQuery {
  @Optional()
  @IsIn(QUICK_ORDER_REPORT_VIEWS)
  view?: QuickOrderReportView;
}
