import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
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
import { OrderStatusBadge } from '@lumen/portal/orders';
import { ORDER_STATUSES, type OrderDeskPage, type OrderDeskSort, type OrderStatus } from '@lumen/shared/contracts';
import { debounceTime } from 'rxjs';
import { FulfilmentApi } from './fulfilment.api';
import { orderAge } from './order-age';

const PAGE_SIZE = 25;
/** The tabs in the order an order moves through them; "all" first. */
const TABS: readonly (OrderStatus | 'all')[] = ['all', ...ORDER_STATUSES];

/** Every order for the staff: status tabs with counts, age, search, oldest first. */
@Component({
  selector: 'lt-order-desk-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    FormAlert,
    LocalDatePipe,
    MoneyPipe,
    OrderStatusBadge,
    Pager,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './order-desk.page.html',
  styleUrl: './order-desk.page.css',
})
export class OrderDeskListPage {
  private readonly api = inject(FulfilmentApi);
  protected readonly tabs = TABS;
  protected readonly tab = signal<OrderStatus | 'all'>('placed');
  protected readonly sort = new FormControl<OrderDeskSort>('oldest', { nonNullable: true });
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly result = signal<OrderDeskPage | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly pages = computed(() => {
    const page = this.result();
    return page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  });
  protected readonly age = orderAge;
  private requestNo = 0;

  constructor() {
    this.search.valueChanges.pipe(debounceTime(250), takeUntilDestroyed()).subscribe(() => void this.load(1));
    this.sort.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => void this.load(1));
    void this.load(1);
  }

  /**
   * A tab's count, or null for a tab without one: the API counts the open statuses (the desk's
   * work queue); shipped, delivered and cancelled orders are the archive, and "all" spans it.
   */
  protected count(tab: OrderStatus | 'all'): number | null {
    if (tab === 'all') return null;
    return this.result()?.counts[tab] ?? null;
  }

  protected choose(tab: OrderStatus | 'all'): void {
    this.tab.set(tab);
    void this.load(1);
  }

  protected async load(page: number): Promise<void> {
    const mine = ++this.requestNo;
    const tab = this.tab();
    this.loading.set(true);
    try {
      const result = await this.api.desk({
        status: tab === 'all' ? undefined : tab,
        q: this.search.value.trim() || undefined,
        sort: this.sort.value,
        page,
        pageSize: PAGE_SIZE,
      });
      // Typing fast sends several searches; only the latest answer counts.
      if (mine === this.requestNo) {
        this.result.set(result);
        this.error.set(null);
      }
    } catch (error) {
      if (mine === this.requestNo) this.error.set(describeError(error));
    } finally {
      if (mine === this.requestNo) this.loading.set(false);
    }
  }
}
