import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { LocalDatePipe, TranslatePipe } from '@lumen/portal/core';
import type { Shipment } from '@lumen/shared/contracts';

/**
 * An order's shipments: carrier, tracking number with "Track delivery", what went in each and
 * its invoice. The order page shows it to the buyer; the order desk adds "Mark delivered".
 */
@Component({
  selector: 'lt-shipment-list',
  imports: [LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (shipment of shipments(); track shipment.id) {
      <article class="shipment" [attr.data-shipment]="shipment.number" data-testid="shipment">
        <div class="head">
          <h3>{{ 'orders.shipments.title' | t: { number: shipment.number } }}</h3>
          @if (shipment.deliveredAt) {
            <span class="state delivered">{{
              'orders.shipments.deliveredAt' | t: { date: (shipment.deliveredAt | localDate) }
            }}</span>
          } @else {
            <span class="state">{{
              'orders.shipments.shippedAt' | t: { date: (shipment.shippedAt | localDate) }
            }}</span>
          }
        </div>
        <p class="carrier">
          {{ 'carriers.' + shipment.carrier | t }} ·
          <span class="tracking" data-testid="tracking-number">{{ shipment.trackingNumber }}</span>
        </p>
        <ul class="lines">
          @for (line of shipment.lines; track line.orderLineId) {
            <li [attr.data-sku]="line.sku">
              <span class="qty">{{ line.quantity }} ×</span> <span class="sku">{{ line.sku }}</span> {{ line.name }}
            </li>
          }
        </ul>
        <div class="actions">
          <a
            class="btn btn-secondary"
            [href]="shipment.trackingUrl"
            target="_blank"
            rel="noopener noreferrer"
            data-testid="track-delivery"
            >{{ 'orders.shipments.track' | t }}</a
          >
          @if (shipment.invoice; as invoice) {
            <span class="muted">{{ 'orders.shipments.invoice' | t: { number: invoice.number } }}</span>
          } @else if (shipment.replacementFor) {
            <span class="muted" data-testid="replacement">{{ 'orders.shipments.replacement' | t }}</span>
          }
          @if (deliverable() && !shipment.deliveredAt) {
            <button
              class="btn btn-primary"
              type="button"
              data-testid="mark-delivered"
              [disabled]="busy() === shipment.id"
              (click)="markDelivered.emit(shipment)"
            >
              {{ 'orders.shipments.markDelivered' | t }}
            </button>
          }
        </div>
      </article>
    } @empty {
      <p class="muted">{{ 'orders.shipments.none' | t }}</p>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
    }
    .shipment {
      border: 1px solid var(--border);
      border-radius: var(--radius);
      padding: 0.75rem 1rem;
    }
    .head {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    h3 {
      margin: 0;
      font-size: 1rem;
    }
    .state {
      font-size: 0.85rem;
      padding: 0.1rem 0.5rem;
      border-radius: 999px;
      background: var(--surface-muted);
    }
    .state.delivered {
      background: var(--success-bg);
      color: var(--success-text);
    }
    .carrier {
      margin: 0.3rem 0;
    }
    .tracking,
    .sku {
      font-family: var(--font-mono);
      overflow-wrap: anywhere;
    }
    .lines {
      margin: 0.3rem 0 0.6rem;
      padding-left: 1.1rem;
    }
    .qty {
      font-weight: 600;
      margin-right: 0.35rem;
    }
    .sku {
      margin-right: 0.35rem;
    }
    .actions {
      display: flex;
      gap: 0.75rem;
      align-items: center;
      flex-wrap: wrap;
    }
  `,
})
export class ShipmentList {
  readonly shipments = input.required<readonly Shipment[]>();
  /** Staff may mark a shipment delivered. */
  readonly deliverable = input(false);
  /** The shipment whose request is under way. */
  readonly busy = input<string | null>(null);
  readonly markDelivered = output<Shipment>();
}
