import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  type ErrorMessage,
  FormAlert,
  LocalDatePipe,
  MoneyPipe,
  OrganisationNumberPipe,
  TranslatePipe,
  describeError,
} from '@lumen/portal/core';
import { OrderAddressView, OrderStatusBadge, ShipmentList } from '@lumen/portal/orders';
import type { OrderDeskDetail, Shipment } from '@lumen/shared/contracts';
import { FulfilmentApi } from './fulfilment.api';
import { ShipmentForm } from './shipment-form';

type Step = 'confirm' | 'prepare' | 'delivered';

/** One order on the desk: confirm, put in preparation, ship chosen lines, mark shipments delivered. */
@Component({
  selector: 'lt-order-desk-detail-page',
  imports: [
    RouterLink,
    FormAlert,
    LocalDatePipe,
    MoneyPipe,
    OrganisationNumberPipe,
    TranslatePipe,
    OrderAddressView,
    OrderStatusBadge,
    ShipmentForm,
    ShipmentList,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './order-desk-detail.page.html',
  styleUrl: './order-desk-detail.page.css',
})
export class OrderDeskDetailPage {
  private readonly api = inject(FulfilmentApi);
  readonly id = input.required<string>();
  protected readonly order = signal<OrderDeskDetail | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly notice = signal<ErrorMessage | null>(null);
  protected readonly busy = signal<Step | null>(null);
  protected readonly busyShipment = signal<string | null>(null);
  /** Shipping is for an order someone has confirmed, until nothing is left open. */
  protected readonly canShip = computed(() => {
    const order = this.order();
    return (
      !!order &&
      ['confirmed', 'in_preparation', 'partially_shipped'].includes(order.status) &&
      order.lines.some((line) => line.openQuantity > 0)
    );
  });

  constructor() {
    effect(() => void this.load(this.id()));
  }

  protected async confirm(): Promise<void> {
    await this.step('confirm', (id) => this.api.confirm(id), 'staff.detail.confirmed');
  }

  protected async prepare(): Promise<void> {
    await this.step('prepare', (id) => this.api.prepare(id), 'staff.detail.prepared');
  }

  protected async shipped(): Promise<void> {
    this.notice.set({ key: 'staff.detail.shipped' });
    await this.load(this.id());
  }

  protected async markDelivered(shipment: Shipment): Promise<void> {
    this.busyShipment.set(shipment.id);
    try {
      await this.step('delivered', () => this.api.delivered(shipment.id), 'staff.detail.delivered');
    } finally {
      this.busyShipment.set(null);
    }
  }

  private async step(step: Step, action: (id: string) => Promise<unknown>, done: string): Promise<void> {
    this.busy.set(step);
    this.error.set(null);
    this.notice.set(null);
    try {
      await action(this.id());
      this.notice.set({ key: done });
    } catch (error) {
      this.error.set(describeError(error));
    } finally {
      this.busy.set(null);
    }
    // The order's status follows from its lines and shipments: read it back rather than guess.
    await this.load(this.id());
  }

  private async load(id: string): Promise<void> {
    try {
      this.order.set(await this.api.order(id));
    } catch (error) {
      this.error.set(describeError(error));
    }
  }
}
