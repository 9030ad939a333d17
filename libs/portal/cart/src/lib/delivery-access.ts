import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslatePipe } from '@lumen/portal/core';
import { ACCESS_NOTE_MAX, DELIVERY_ACCESS, type DeliveryAccess } from '@lumen/shared/contracts';

/**
 * How the freight forwarder gets bulky goods in (PRODUCT.md §13): street level, a lift or
 * carrying help, and a note (door code, opening hours, floor). The checkout asks for it when
 * the order has bulky lines; the API refuses such an order without it (`access_notes_required`).
 *   <lt-delivery-access [(access)]="access" [(note)]="note" [missing]="…" />
 */
@Component({
  selector: 'lt-delivery-access',
  imports: [FormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './delivery-access.html',
  styleUrl: './delivery-access.css',
})
export class DeliveryAccessField {
  readonly access = model<DeliveryAccess | null>(null);
  readonly note = model('');
  /** The user tried to order without choosing: the fieldset says so. */
  readonly missing = input(false);

  protected readonly choices = DELIVERY_ACCESS;
  protected readonly noteMax = ACCESS_NOTE_MAX;
}
