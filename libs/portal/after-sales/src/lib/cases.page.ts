import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore, FormAlert, LocalDatePipe, Pager, TranslatePipe } from '@lumen/portal/core';
import { CASE_STATUSES, type CaseStatus, type CaseSummary } from '@lumen/shared/contracts';
import { CasesApi } from './cases.api';
import { PagedList } from './paged-list';
import { AfterSalesStatus } from './status-pill';

const PAGE_SIZE = 20;

/** The company's service cases, latest message first, and "New case" for whoever may open one. */
@Component({
  selector: 'lt-cases-page',
  imports: [RouterLink, FormAlert, LocalDatePipe, Pager, TranslatePipe, AfterSalesStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <h1>{{ 'cases.title' | t }}</h1>
      @if (mayCreate) {
        <a class="btn btn-primary" routerLink="/cases/new" data-testid="new-case">{{ 'cases.new' | t }}</a>
      }
    </div>
    <p class="muted">{{ 'cases.intro' | t }}</p>
    <section class="card" [attr.aria-busy]="cases.loading()">
      <div class="section-head">
        <div class="field filter">
          <label for="case-status">{{ 'afterSales.statusLabel' | t }}</label>
          <select
            id="case-status"
            [value]="cases.status()"
            (change)="cases.filterBy($event)"
            data-testid="case-status-filter"
          >
            <option value="">{{ 'afterSales.allStatuses' | t }}</option>
            @for (status of statuses; track status) {
              <option [value]="status">{{ 'afterSales.status.case.' + status | t }}</option>
            }
          </select>
        </div>
      </div>
      <lt-form-alert [message]="cases.error()" />
      @if (cases.page(); as page) {
        <table class="table stack" data-testid="cases-table">
          <thead>
            <tr>
              <th>{{ 'cases.subject' | t }}</th>
              <th>{{ 'cases.category' | t }}</th>
              <th>{{ 'afterSales.statusLabel' | t }}</th>
              <th>{{ 'afterSales.order.label' | t }}</th>
              <th>{{ 'cases.lastMessage' | t }}</th>
              <th class="num">{{ 'cases.messages' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (item of page.items; track item.id) {
              <tr [attr.data-case]="item.number">
                <td class="subject">
                  <a [routerLink]="['/cases', item.id]">{{ item.subject }}</a>
                  <span class="sub muted">{{ item.number }} · {{ item.openedBy }}</span>
                </td>
                <td [attr.data-label]="'cases.category' | t">{{ 'cases.categories.' + item.category | t }}</td>
                <td [attr.data-label]="'afterSales.statusLabel' | t">
                  <span>
                    <lt-after-sales-status [pill]="{ kind: 'case', status: item.status }" />
                    @if (item.awaitingStaff) {
                      <span class="flag">{{ 'cases.awaitingStaff' | t }}</span>
                    }
                  </span>
                </td>
                <td [attr.data-label]="'afterSales.order.label' | t">
                  @if (item.order; as order) {
                    <a [routerLink]="['/orders', order.id]">{{ order.number }}</a>
                  }
                </td>
                <td [attr.data-label]="'cases.lastMessage' | t" class="nowrap">
                  {{ item.lastMessageAt | localDate: 'time' }}
                </td>
                <td class="num" [attr.data-label]="'cases.messages' | t">{{ item.messageCount }}</td>
              </tr>
            } @empty {
              <tr>
                <td colspan="6" class="muted">{{ 'cases.none' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
        <lt-pager [page]="page.page" [pages]="cases.pages()" (pageChange)="cases.load($event)" />
      }
    </section>
  `,
  styleUrl: './list.css',
})
export class CasesPage {
  private readonly api = inject(CasesApi);
  protected readonly mayCreate = inject(AuthStore).can('create', 'Case');
  protected readonly statuses = CASE_STATUSES;
  protected readonly cases = new PagedList<CaseSummary, CaseStatus>((query) =>
    this.api.page({ ...query, pageSize: PAGE_SIZE }),
  );

  constructor() {
    void this.cases.load(1);
  }
}
