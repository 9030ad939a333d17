import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FormAlert, LocalDatePipe, MoneyPipe, Pager, TranslatePipe } from '@lumen/portal/core';
import {
  CLAIM_STATUSES,
  type ClaimStatus,
  type ClaimSummary,
  RETURN_STATUSES,
  type ReturnStatus,
  type ReturnSummary,
} from '@lumen/shared/contracts';
import { AfterSalesApi } from './after-sales.api';
import { PagedList } from './paged-list';
import { AfterSalesStatus } from './status-pill';

const PAGE_SIZE = 20;

/** The company's returns and claims, newest first, each list with its own status filter. */
@Component({
  selector: 'lt-after-sales-page',
  imports: [RouterLink, FormAlert, LocalDatePipe, MoneyPipe, Pager, TranslatePipe, AfterSalesStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './after-sales.page.html',
  styleUrl: './list.css',
})
export class AfterSalesPage {
  private readonly api = inject(AfterSalesApi);
  protected readonly returnStatuses = RETURN_STATUSES;
  protected readonly claimStatuses = CLAIM_STATUSES;
  protected readonly returns = new PagedList<ReturnSummary, ReturnStatus>((query) =>
    this.api.returns({ ...query, pageSize: PAGE_SIZE }),
  );
  protected readonly claims = new PagedList<ClaimSummary, ClaimStatus>((query) =>
    this.api.claims({ ...query, pageSize: PAGE_SIZE }),
  );

  constructor() {
    void this.returns.load(1);
    void this.claims.load(1);
  }
}
