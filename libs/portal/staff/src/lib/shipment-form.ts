import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { FieldError, FormAlert, Submission, TranslatePipe } from '@lumen/portal/core';
import { CARRIERS, type Carrier, type FulfilmentLine, TRACKING_NUMBER_MAX } from '@lumen/shared/contracts';
import { FulfilmentApi } from './fulfilment.api';
import { shipmentRequest, shippableLines } from './shipment-draft';

/**
 * A new shipment of an order: the lines that are still open, each at its open quantity (the
 * packer lowers or zeroes what is not going), the carrier and its tracking number.
 */
@Component({
  selector: 'lt-shipment-form',
  imports: [ReactiveFormsModule, FieldError, FormAlert, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shipment-form.html',
  styleUrl: './shipment-form.css',
})
export class ShipmentForm {
  private readonly api = inject(FulfilmentApi);
  readonly orderId = input.required<string>();
  readonly lines = input.required<readonly FulfilmentLine[]>();
  /** A desired-date order ships complete; the form says so. */
  readonly shipsComplete = input(false);
  readonly shipped = output<void>();

  protected readonly carriers = CARRIERS;
  protected readonly trackingMax = TRACKING_NUMBER_MAX;
  protected readonly open = computed(() => shippableLines(this.lines()));
  protected readonly submission = new Submission();
  protected readonly form = new FormGroup({
    carrier: new FormControl<Carrier>('bring', { nonNullable: true }),
    trackingNumber: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(TRACKING_NUMBER_MAX)],
    }),
    lines: new FormArray<FormControl<number>>([]),
  });

  constructor() {
    // A fresh set of rows whenever the order's open lines change (after a shipment).
    effect(() => {
      const rows = this.form.controls.lines;
      rows.clear();
      for (const line of this.open())
        rows.push(
          new FormControl(line.openQuantity, {
            nonNullable: true,
            validators: [Validators.required, Validators.min(0), Validators.max(line.openQuantity)],
          }),
        );
    });
  }

  protected total(): number {
    return this.form.controls.lines.getRawValue().reduce((sum, n) => sum + (n > 0 ? n : 0), 0);
  }

  protected async submit(): Promise<void> {
    const { carrier, trackingNumber, lines } = this.form.getRawValue();
    const { request, fieldMap } = shipmentRequest(carrier, trackingNumber, this.open(), lines);
    if (request.lines.length === 0) {
      this.submission.error.set({ key: 'staff.ship.nothing' });
      return;
    }
    if (await this.submission.run(this.form, () => this.api.ship(this.orderId(), request), fieldMap)) {
      this.form.controls.trackingNumber.reset('');
      this.shipped.emit();
    }
  }
}
