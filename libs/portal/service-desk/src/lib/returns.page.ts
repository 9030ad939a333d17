import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  type ErrorMessage,
  FormAlert,
  LocalDatePipe,
  MoneyPipe,
  Pager,
  TranslatePipe,
  describeError,
} from '@lumen/portal/core';
import { RETURN_STATUSES, type ReturnPage, type ReturnStatus } from '@lumen/shared/contracts';
import { DeskNav } from './desk-nav';
import { pageCount } from './desk-rules';
import { ServiceDeskApi } from './service-desk.api';
import { StatusTag } from './status-tag';

const PAGE_SIZE = 25;
const TABS: readonly (ReturnStatus | 'all')[] = [...RETURN_STATUSES, 'all'];

/** Every company's returns by status: the desk receives them and inspects them line by line. */
@Component({
  selector: 'lt-returns-page',
  imports: [RouterLink, DeskNav, FormAlert, LocalDatePipe, MoneyPipe, Pager, StatusTag, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <h1>{{ 'serviceDesk.returns.title' | t }}</h1>
    </div>
    <lt-desk-nav />
    <p class="muted">{{ 'serviceDesk.returns.lead' | t }}</p>
    <nav class="tabs" role="tablist" data-testid="return-tabs">
      @for (status of tabs; track status) {
        <button
          type="button"
          role="tab"
          class="tab"
          [class.active]="tab() === status"
          [attr.aria-selected]="tab() === status"
          [attr.data-status]="status"
          (click)="choose(status)"
        >
          {{ (status === 'all' ? 'serviceDesk.returns.allStatuses' : 'serviceDesk.returnStatus.' + status) | t }}
        </button>
      }
    </nav>
    <lt-form-alert [message]="error()" />
    @if (result(); as page) {
      <section class="card">
        <p class="muted count-line">{{ 'serviceDesk.total' | t: { total: page.total } }}</p>
        <table class="table stack" data-testid="returns">
          <thead>
            <tr>
              <th>{{ 'serviceDesk.returns.rma' | t }}</th>
              <th>{{ 'serviceDesk.returns.order' | t }}</th>
              <th>{{ 'serviceDesk.returns.company' | t }}</th>
              <th>{{ 'serviceDesk.returns.status' | t }}</th>
              <th>{{ 'serviceDesk.returns.created' | t }}</th>
              <th class="num">{{ 'serviceDesk.returns.quantity' | t }}</th>
              <th class="num">{{ 'serviceDesk.returns.credited' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (r of page.items; track r.id) {
              <tr [attr.data-rma]="r.rmaNumber">
                <td class="nowrap">
                  <a [routerLink]="['/service-desk/returns', r.id]">{{ r.rmaNumber }}</a>
                </td>
                <td [attr.data-label]="'serviceDesk.returns.order' | t">{{ r.order.number }}</td>
                <td [attr.data-label]="'serviceDesk.returns.company' | t">{{ r.company.name }}</td>
                <td [attr.data-label]="'serviceDesk.returns.status' | t">
                  <lt-status-tag kind="return" [status]="r.status" />
                </td>
                <td [attr.data-label]="'serviceDesk.returns.created' | t" class="nowrap">
                  {{ r.createdAt | localDate }}
                </td>
                <td [attr.data-label]="'serviceDesk.returns.quantity' | t" class="num">{{ r.quantity }}</td>
                <td [attr.data-label]="'serviceDesk.returns.credited' | t" class="num">
                  {{ r.creditedNetOre ? (r.creditedNetOre | money) : '' }}
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="7" class="muted">{{ 'serviceDesk.none' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
        <lt-pager [page]="page.page" [pages]="pages()" (pageChange)="load($event)" />
      </section>
    }
  `,
  styleUrls: ['./desk.css'],
})
export class ReturnsPage {
  private readonly api = inject(ServiceDeskApi);
  protected readonly tabs = TABS;
  protected readonly tab = signal<ReturnStatus | 'all'>('requested');
  protected readonly result = signal<ReturnPage | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly pages = computed(() => pageCount(this.result()));

  constructor() {
    void this.load(1);
  }

  protected choose(tab: ReturnStatus | 'all'): void {
    this.tab.set(tab);
    void this.load(1);
  }

  protected async load(page: number): Promise<void> {
    const tab = this.tab();
    try {
      this.result.set(await this.api.returns({ ...(tab === 'all' ? {} : { status: tab }), page, pageSize: PAGE_SIZE }));
      this.error.set(null);
    } catch (error) {
      this.error.set(describeError(error));
    }
  }
}
