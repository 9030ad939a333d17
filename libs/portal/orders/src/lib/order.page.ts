import { ChangeDetectionStrategy, Component, type OnInit, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { OrderAfterSalesPanel } from '@lumen/portal/after-sales';
import { ApprovalSteps } from '@lumen/portal/purchasing';
import { CartApi } from '@lumen/portal/cart';
import {
  AuthStore,
  type ErrorMessage,
  FormAlert,
  LocalDatePipe,
  MoneyPipe,
  TranslatePipe,
  TranslationService,
  describeError,
  saveFile,
} from '@lumen/portal/core';
import type { InvoiceSummary, OrderApproval, OrderDetail, ReorderResponse, Shipment } from '@lumen/shared/contracts';
import { InvoiceTable } from './invoice-table';
import { OrderAddressView } from './order-address';
import { OrderStatusBadge } from './order-status-badge';
import { OrdersApi } from './orders.api';
import { ShipmentList } from './shipment-list';

/** An order's documents fit one page: one invoice per shipment, and the odd credit note. */
const DOCUMENTS_PAGE_SIZE = 100;

/**
 * One order: lines, the copied addresses, delivery choice, expected dates, totals, its shipments
 * with tracking, its invoices and credit notes, what may still be cancelled, returned or claimed
 * (the after-sales panel), and "Order again". After checkout it thanks.
 */
@Component({
  selector: 'lt-order-page',
  imports: [
    RouterLink,
    FormAlert,
    LocalDatePipe,
    MoneyPipe,
    TranslatePipe,
    InvoiceTable,
    OrderAddressView,
    OrderAfterSalesPanel,
    ApprovalSteps,
    OrderStatusBadge,
    ShipmentList,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './order.page.html',
  styleUrl: './order.page.css',
})
export class OrderPage implements OnInit {
  private readonly api = inject(OrdersApi);
  private readonly cart = inject(CartApi);
  private readonly router = inject(Router);
  private readonly translations = inject(TranslationService);
  readonly id = input.required<string>();
  /** `?placed=1` right after checkout: the confirmation. */
  readonly placed = input<string | undefined>();
  protected readonly justPlaced = computed(() => this.placed() === '1');
  protected readonly canReorder = inject(AuthStore).can('use', 'Cart');
  protected readonly order = signal<OrderDetail | null>(null);
  protected readonly shipments = signal<Shipment[]>([]);
  protected readonly invoices = signal<InvoiceSummary[]>([]);
  /** The company's approval of the order, when its purchasing rules held it. */
  protected readonly approval = signal<OrderApproval | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly reordering = signal(false);
  protected readonly printing = signal(false);
  /** What "Order again" could not put in the cart, until the buyer goes there. */
  protected readonly reorder = signal<ReorderResponse | null>(null);
  /** Replacements the buyer has put in the cart from that notice. */
  protected readonly taken = signal<string[]>([]);

  ngOnInit(): Promise<void> {
    return this.load();
  }

  /** Read again after a cancellation: its lines, status, totals and documents follow. */
  protected async load(): Promise<void> {
    const id = this.id();
    try {
      const [order, shipments, invoices, approval] = await Promise.all([
        this.api.get(id),
        this.api.shipments(id),
        this.api.invoices({ orderId: id, page: 1, pageSize: DOCUMENTS_PAGE_SIZE }),
        this.api.approval(id),
      ]);
      this.order.set(order);
      this.approval.set(approval);
      this.shipments.set(shipments);
      this.invoices.set(invoices.items);
    } catch (error) {
      this.error.set(describeError(error));
    }
  }

  /** Today's prices for the same lines; straight to the cart unless some line needs a word first. */
  protected async orderAgain(): Promise<void> {
    await this.busy(async () => {
      const result = await this.api.reorder(this.id());
      this.cart.cart.set(result.cart);
      if (result.notOrderable.length === 0) await this.router.navigateByUrl('/cart');
      else this.reorder.set(result);
    });
  }

  protected async takeReplacement(sku: string, quantity: number): Promise<void> {
    await this.busy(async () => {
      await this.cart.add(sku, quantity);
      this.taken.update((taken) => [...taken, sku]);
    });
  }

  /** The order confirmation as a PDF, to print or file. */
  protected async downloadConfirmation(): Promise<void> {
    const order = this.order();
    if (!order) return;
    this.error.set(null);
    this.printing.set(true);
    try {
      saveFile(
        await this.api.confirmation(order.id),
        `${this.translations.translate('orders.confirmationFile')}-${order.number}.pdf`,
      );
    } catch (error) {
      this.error.set(describeError(error));
    } finally {
      this.printing.set(false);
    }
  }

  private async busy(work: () => Promise<void>): Promise<void> {
    this.reordering.set(true);
    this.error.set(null);
    try {
      await work();
    } catch (error) {
      this.error.set(describeError(error));
    } finally {
      this.reordering.set(false);
    }
  }
}
