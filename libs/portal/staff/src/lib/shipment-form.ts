import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
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

  /** Each open line with its quantity field; a new set (new DOM) whenever the order is read again. */
  protected readonly rows = signal<{ line: FulfilmentLine; control: FormControl<number> }[]>([]);

  constructor() {
    effect(() => {
      const rows = this.open().map((line) => ({
        line,
        control: new FormControl(line.openQuantity, {
          nonNullable: true,
          validators: [Validators.required, Validators.min(0), Validators.max(line.openQuantity)],
        }),
      }));
      untracked(() => {
        const array = this.form.controls.lines;
        array.clear({ emitEvent: false });
        for (const row of rows) array.push(row.control);
        this.rows.set(rows);
      });
    });
  }

  private readonly quantities = toSignal(this.form.controls.lines.valueChanges, { initialValue: [] as number[] });
  /** Pieces in the shipment, on the button, so the packer sees what the invoice will charge for. */
  protected readonly total = computed(() => this.quantities().reduce((sum, n) => sum + (n > 0 ? n : 0), 0));

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
