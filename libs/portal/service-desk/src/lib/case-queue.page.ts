import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  type ErrorMessage,
  FormAlert,
  LocalDatePipe,
  Pager,
  TranslatePipe,
  TranslationService,
  describeError,
} from '@lumen/portal/core';
import { CASE_CATEGORIES, type CaseCategory, type CaseMetrics, type StaffCasePage } from '@lumen/shared/contracts';
import { DeskNav } from './desk-nav';
import { pageCount } from './desk-rules';
import { type StaffCaseQuery, ServiceDeskApi } from './service-desk.api';

const PAGE_SIZE = 25;
/** The queue refreshes itself this often, so a case that falls overdue is flagged without a reload. */
export const QUEUE_REFRESH_MS = 60_000;
const QUEUE_TABS = ['open', 'waiting_for_customer', 'overdue', 'resolved', 'closed', 'all'] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];
export type AssigneeFilter = '' | 'me' | 'none';

/** A tab's query: "overdue" spans the statuses still waiting for a first answer. */
function queueQuery(
  tab: QueueTab,
  category: CaseCategory | '',
  assignee: AssigneeFilter,
  page: number,
): StaffCaseQuery {
  return {
    ...(tab === 'overdue' ? { overdue: 'true' } : tab === 'all' ? {} : { status: tab }),
    ...(category ? { category } : {}),
    ...(assignee ? { assignee } : {}),
    page,
    pageSize: PAGE_SIZE,
  };
}

/** The staff's case queue by due time: overdue flagged, tabs with counts, filters, and the share answered in time. */
@Component({
  selector: 'lt-case-queue-page',
  imports: [FormsModule, RouterLink, DeskNav, FormAlert, LocalDatePipe, Pager, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <h1>{{ 'serviceDesk.queue.title' | t }}</h1>
    </div>
    <lt-desk-nav />
    <p class="muted">{{ 'serviceDesk.queue.lead' | t }}</p>
    <lt-form-alert [message]="error()" />
    @if (metrics(); as m) {
      <section class="metrics" data-testid="case-metrics">
        <div class="metric">
          <span class="value" data-testid="metric-share">{{
            m.shareAnsweredInTime === null ? ('serviceDesk.metrics.none' | t) : percent(m.shareAnsweredInTime)
          }}</span>
          <span class="label">{{ 'serviceDesk.metrics.share' | t }}</span>
          <span class="muted small">{{
            'serviceDesk.metrics.window' | t: { days: m.windowDays, answered: m.answered }
          }}</span>
        </div>
        <div class="metric" [class.alarm]="m.openOverdue > 0">
          <span class="value" data-testid="metric-overdue">{{ m.openOverdue }}</span><span class="label">{{
            'serviceDesk.metrics.overdue' | t
          }}</span>
        </div>
        @if (result(); as page) {
          <div class="metric">
            <span class="value">{{ page.counts.open }}</span><span class="label">{{
              'serviceDesk.metrics.open' | t
            }}</span>
          </div>
          <div class="metric">
            <span class="value" data-testid="metric-unassigned">{{ page.counts.unassigned }}</span><span
              class="label"
              >{{ 'serviceDesk.metrics.unassigned' | t }}</span
            >
          </div>
        }
      </section>
    }
    <nav class="tabs" role="tablist" [attr.aria-label]="'serviceDesk.queue.status' | t" data-testid="case-tabs">
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
          {{ 'serviceDesk.queue.tab.' + status | t }}
          @if (count(status) !== null) {
            <span class="count">{{ count(status) }}</span>
          }
        </button>
      }
    </nav>
    <div class="filters">
      <label class="field">
        <span class="field-label">{{ 'serviceDesk.queue.category' | t }}</span>
        <select
          name="category"
          [ngModel]="category()"
          (ngModelChange)="category.set($event); load(1)"
          data-testid="case-category"
        >
          <option value="">{{ 'serviceDesk.queue.allCategories' | t }}</option>
          @for (c of categories; track c) {
            <option [value]="c">{{ 'serviceDesk.category.' + c | t }}</option>
          }
        </select>
      </label>
      <label class="field">
        <span class="field-label">{{ 'serviceDesk.queue.assignee' | t }}</span>
        <select
          name="assignee"
          [ngModel]="assignee()"
          (ngModelChange)="assignee.set($event); load(1)"
          data-testid="case-assignee"
        >
          <option value="">{{ 'serviceDesk.queue.anyone' | t }}</option>
          <option value="me">{{ 'serviceDesk.queue.mine' | t }}</option>
          <option value="none">{{ 'serviceDesk.queue.unassigned' | t }}</option>
        </select>
      </label>
      <button class="btn btn-secondary" type="button" data-testid="case-refresh" (click)="load(page())">
        {{ 'serviceDesk.refresh' | t }}
      </button>
      @if (loadedAt(); as at) {
        <span class="muted small">{{ 'serviceDesk.updated' | t: { time: (at | localDate: 'time') } }}</span>
      }
    </div>
    @if (result(); as page) {
      <section class="card" [attr.aria-busy]="loading()">
        <p class="muted count-line">{{ 'serviceDesk.total' | t: { total: page.total } }}</p>
        <table class="table stack" data-testid="case-queue">
          <thead>
            <tr>
              <th>{{ 'serviceDesk.queue.number' | t }}</th>
              <th>{{ 'serviceDesk.queue.subject' | t }}</th>
              <th>{{ 'serviceDesk.queue.company' | t }}</th>
              <th>{{ 'serviceDesk.queue.category' | t }}</th>
              <th>{{ 'serviceDesk.queue.status' | t }}</th>
              <th>{{ 'serviceDesk.queue.due' | t }}</th>
              <th>{{ 'serviceDesk.queue.assignee' | t }}</th>
              <th>{{ 'serviceDesk.queue.lastMessage' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (c of page.items; track c.id) {
              <tr [attr.data-case]="c.number" [class.overdue]="c.overdue">
                <td class="nowrap">
                  <a [routerLink]="['/service-desk/cases', c.id]">{{ c.number }}</a>
                </td>
                <td [attr.data-label]="'serviceDesk.queue.subject' | t" class="subject">{{ c.subject }}</td>
                <td [attr.data-label]="'serviceDesk.queue.company' | t">{{ c.company.name }}</td>
                <td [attr.data-label]="'serviceDesk.queue.category' | t">
                  {{ 'serviceDesk.category.' + c.category | t }}
                </td>
                <td [attr.data-label]="'serviceDesk.queue.status' | t">
                  <span
                    class="tag"
                    [class.info]="c.status === 'open'"
                    [class.warn]="c.status === 'waiting_for_customer'"
                    [class.good]="c.status === 'resolved'"
                  >
                    {{ 'serviceDesk.caseStatus.' + c.status | t }}</span
                  >
                  @if (c.awaitingStaff) {
                    <span class="tag warn" data-testid="awaiting">{{ 'serviceDesk.queue.awaiting' | t }}</span>
                  }
                </td>
                <td [attr.data-label]="'serviceDesk.queue.due' | t" class="nowrap">
                  @if (c.firstAnswerDueAt) {
                    <span>{{ c.firstAnswerDueAt | localDate: 'time' }}</span>
                    @if (c.overdue) {
                      <span class="tag bad" data-testid="overdue">{{ 'serviceDesk.queue.overdue' | t }}</span>
                    }
                  } @else if (c.firstAnsweredAt) {
                    <span class="muted">{{ 'serviceDesk.queue.answered' | t }}</span>
                  }
                </td>
                <td [attr.data-label]="'serviceDesk.queue.assignee' | t">{{ c.assignee?.name }}</td>
                <td [attr.data-label]="'serviceDesk.queue.lastMessage' | t" class="nowrap">
                  {{ c.lastMessageAt | localDate: 'time' }}
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="8" class="muted">{{ 'serviceDesk.queue.none' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
        <lt-pager [page]="page.page" [pages]="pages()" (pageChange)="load($event)" />
      </section>
    }
  `,
  styleUrls: ['./desk.css'],
  styles: `
    .metrics {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
      gap: 1rem;
      margin-bottom: 1.2rem;
    }
    .small {
      font-size: 0.8rem;
    }
    .subject {
      overflow-wrap: anywhere;
    }
    tr.overdue td {
      background: var(--danger-bg);
    }
    .tag + .tag {
      margin-left: 0.25rem;
    }
  `,
})
export class CaseQueuePage {
  private readonly api = inject(ServiceDeskApi);
  private readonly translations = inject(TranslationService);
  protected readonly tabs = QUEUE_TABS;
  protected readonly categories = CASE_CATEGORIES;
  protected readonly tab = signal<QueueTab>('open');
  protected readonly category = signal<CaseCategory | ''>('');
  protected readonly assignee = signal<AssigneeFilter>('');
  protected readonly result = signal<StaffCasePage | null>(null);
  protected readonly metrics = signal<CaseMetrics | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadedAt = signal<Date | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly page = computed(() => this.result()?.page ?? 1);
  protected readonly pages = computed(() => pageCount(this.result()));
  private requestNo = 0;

  constructor() {
    void this.load(1);
    const timer = setInterval(() => void this.load(this.page()), QUEUE_REFRESH_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  /** The desk-wide counts the API gives for the work tabs; the archive tabs carry none. */
  protected count(tab: QueueTab): number | null {
    const counts = this.result()?.counts;
    if (!counts) return null;
    if (tab === 'open') return counts.open;
    if (tab === 'waiting_for_customer') return counts.waitingForCustomer;
    if (tab === 'overdue') return counts.overdue;
    return null;
  }

  protected choose(tab: QueueTab): void {
    this.tab.set(tab);
    void this.load(1);
  }

  protected async load(page: number): Promise<void> {
    const mine = ++this.requestNo;
    this.loading.set(true);
    try {
      const [result, metrics] = await Promise.all([
        this.api.cases(queueQuery(this.tab(), this.category(), this.assignee(), page)),
        this.api.metrics(),
      ]);
      // A filter changed while the answer travelled: only the latest request's answer counts.
      if (mine !== this.requestNo) return;
      this.result.set(result);
      this.metrics.set(metrics);
      this.loadedAt.set(new Date());
      this.error.set(null);
    } catch (error) {
      if (mine === this.requestNo) this.error.set(describeError(error));
    } finally {
      if (mine === this.requestNo) this.loading.set(false);
    }
  }

  /** `83 %` in Norwegian, `83%` in English. */
  protected percent(share: number): string {
    return new Intl.NumberFormat(this.translations.intlLocale(), { style: 'percent' }).format(share);
  }
}
