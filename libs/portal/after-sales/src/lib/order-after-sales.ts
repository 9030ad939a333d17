import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  AuthStore,
  type ErrorMessage,
  FormAlert,
  LocalDatePipe,
  TranslatePipe,
  TranslationService,
  describeError,
} from '@lumen/portal/core';
import type {
  Cancellation,
  ClaimDetail,
  OrderAfterSales,
  OrderLineAfterSales,
  ReturnDetail,
} from '@lumen/shared/contracts';
import { dateWindow } from '@lumen/shared/domain';
import { AFTER_SALES_TRANSLATIONS } from './after-sales.translations';
import { AfterSalesApi } from './after-sales.api';
import { CancelForm } from './cancel-form';
import { DayPipe } from './day.pipe';
import { ReturnLabelButton } from './document-links';
import { ProblemForm } from './problem-form';
import { ReturnForm } from './return-form';
import { AfterSalesStatus } from './status-pill';

/** What a person may still do with one line of an order, now. */
export interface LineOptions {
  line: OrderLineAfterSales;
  cancel: boolean;
  return: boolean;
  warranty: boolean;
  damage: boolean;
}

/**
 * Each line's open actions: only for someone who may ask (`request AfterSales`), and only while
 * its window is open — cancel while some is open, return while some may go back (the API counts
 * the 50 days into `returnableQuantity`), a warranty claim until its last (Oslo) day, a damage
 * report until the instant 48 hours after delivery.
 */
export function lineOptions(view: OrderAfterSales, mayRequest: boolean, now: Date): LineOptions[] {
  return view.lines.map((line) => {
    const delivered = mayRequest && line.deliveredQuantity > 0;
    return {
      line,
      cancel: mayRequest && line.cancellableQuantity > 0,
      return: mayRequest && line.returnableQuantity > 0 && view.returnOpenUntil !== null,
      warranty: delivered && line.warrantyOpenUntil !== null && dateWindow(line.warrantyOpenUntil, now).open,
      damage: delivered && line.damageReportOpenUntil !== null && now < new Date(line.damageReportOpenUntil),
    };
  });
}

type Action = { kind: 'cancel' | 'return' | 'problem'; lineId: string };
type Notice = { key: string; params: Record<string, string | number>; link?: string[] };

/**
 * The order page's after-sales part (`<lt-order-after-sales [orderId]>`): per line "Cancel",
 * "Return" and "Report a problem" with their windows' dates, each opening its form under the
 * line, and the order's cancellations, returns and claims with their statuses. `changed` tells
 * the order page to read the order again (a cancellation changes its lines and totals).
 */
@Component({
  selector: 'lt-order-after-sales',
  imports: [
    RouterLink,
    FormAlert,
    LocalDatePipe,
    TranslatePipe,
    DayPipe,
    AfterSalesStatus,
    CancelForm,
    ProblemForm,
    ReturnForm,
    ReturnLabelButton,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './order-after-sales.html',
  styleUrl: './order-after-sales.css',
})
export class OrderAfterSalesPanel implements OnInit {
  private readonly api = inject(AfterSalesApi);
  private readonly auth = inject(AuthStore);
  readonly orderId = input.required<string>();
  readonly changed = output();
  protected readonly view = signal<OrderAfterSales | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly open = signal<Action | null>(null);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly mayAskAboutOrder = computed(() => this.auth.can('create', 'Case'));
  protected readonly options = computed(() => {
    const view = this.view();
    return view ? lineOptions(view, this.auth.can('request', 'AfterSales'), new Date()) : [];
  });
  protected readonly returnable = computed(() =>
    this.options()
      .filter((o) => o.return)
      .map((o) => o.line),
  );
  /** Only the lines with something to do: one cancelled or returned in full has its record below. */
  protected readonly actionable = computed(() =>
    this.options().filter((o) => o.cancel || o.return || o.warranty || o.damage),
  );

  constructor() {
    inject(TranslationService).register(AFTER_SALES_TRANSLATIONS);
  }

  ngOnInit(): Promise<void> {
    return this.load();
  }

  protected toggle(kind: Action['kind'], lineId: string): void {
    const open = this.open();
    this.notice.set(null);
    this.open.set(open?.kind === kind && open.lineId === lineId ? null : { kind, lineId });
  }

  protected async cancelled(cancellation: Cancellation): Promise<void> {
    const key = cancellation.status === 'requested' ? 'afterSales.cancel.requested' : 'afterSales.cancel.done';
    await this.finish({ key, params: { count: cancellation.quantity, sku: cancellation.sku } });
    this.changed.emit();
  }

  protected returned(created: ReturnDetail): Promise<void> {
    return this.finish({
      key: 'afterSales.return.done',
      params: { rma: created.rmaNumber },
      link: ['/after-sales/returns', created.id],
    });
  }

  protected claimed(claim: ClaimDetail): Promise<void> {
    return this.finish({
      key: `afterSales.problem.done.${claim.kind}`,
      params: { number: claim.number },
      link: ['/after-sales/claims', claim.id],
    });
  }

  private async finish(notice: Notice): Promise<void> {
    this.open.set(null);
    await this.load();
    this.notice.set(notice);
  }

  private async load(): Promise<void> {
    try {
      this.view.set(await this.api.forOrder(this.orderId()));
      this.error.set(null);
    } catch (error) {
      this.error.set(describeError(error));
    }
  }
}
