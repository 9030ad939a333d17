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
import { toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { FormAlert, TranslatePipe, TranslationService } from '@lumen/portal/core';
import { type OrderLineAfterSales, RETURN_REASON_MAX, type ReturnDetail } from '@lumen/shared/contracts';
import { AfterSalesApi } from './after-sales.api';
import { DayPipe } from './day.pipe';
import { Sender } from './sender';

/**
 * A return of one or more delivered lines, each up to what may still be returned; the line the
 * buyer chose starts at all of it, the others at none. The window's last day is said up front.
 */
@Component({
  selector: 'lt-return-form',
  imports: [ReactiveFormsModule, FormAlert, TranslatePipe, DayPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form action-form" [formGroup]="form" (ngSubmit)="submit()" data-testid="return-form">
      <h3>{{ 'afterSales.return.title' | t }}</h3>
      <p class="alert alert-info">
        {{ 'afterSales.return.window' | t: { date: (openUntil() | day) } }} {{ 'afterSales.return.refund' | t }}
      </p>
      <div class="lines" formArrayName="quantities">
        @for (line of lines(); track line.orderLineId; let i = $index) {
          <div class="line field" [attr.data-sku]="line.sku">
            <label class="what" [for]="'return-qty-' + line.orderLineId">
              <span class="sku">{{ line.sku }}</span> {{ line.name }}
              <span class="muted">({{ 'afterSales.upTo' | t: { count: line.returnableQuantity } }})</span>
            </label>
            <input
              [id]="'return-qty-' + line.orderLineId"
              type="number"
              inputmode="numeric"
              min="0"
              [max]="line.returnableQuantity"
              [formControlName]="i"
              data-testid="return-quantity"
            />
          </div>
        }
      </div>
      <div class="field">
        <label for="return-reason">{{ 'afterSales.reasonOptional' | t }}</label>
        <input id="return-reason" formControlName="reason" [maxlength]="reasonMax" data-testid="return-reason" />
      </div>
      <lt-form-alert [message]="nothingChosen() ? { key: 'afterSales.return.nothing' } : sender.error()" />
      <div class="form-actions">
        <button class="btn btn-primary" type="submit" [disabled]="sender.busy()" data-testid="submit-return">
          {{ 'afterSales.return.submit' | t: { count: total() } }}
        </button>
        <button class="btn btn-secondary" type="button" (click)="closed.emit()">{{ 'afterSales.close' | t }}</button>
      </div>
    </form>
  `,
  styleUrl: './action-form.css',
})
export class ReturnForm implements OnInit {
  private readonly api = inject(AfterSalesApi);
  private readonly translations = inject(TranslationService);
  readonly orderId = input.required<string>();
  /** The lines that may still be returned. */
  readonly lines = input.required<readonly OrderLineAfterSales[]>();
  /** The line whose "Return" was pressed. */
  readonly startLineId = input.required<string>();
  readonly openUntil = input.required<string>();
  readonly done = output<ReturnDetail>();
  readonly closed = output();
  protected readonly reasonMax = RETURN_REASON_MAX;
  protected readonly sender = new Sender(() => this.translations.locale());
  protected readonly form = new FormGroup({
    quantities: new FormArray<FormControl<number | null>>([]),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(RETURN_REASON_MAX)] }),
  });
  private readonly values = toSignal(this.form.controls.quantities.valueChanges, { initialValue: [] });
  protected readonly total = computed(() => this.values().reduce<number>((sum, n) => sum + (n && n > 0 ? n : 0), 0));
  protected readonly nothingChosen = signal(false);

  ngOnInit(): void {
    for (const line of this.lines()) {
      const start = line.orderLineId === this.startLineId() ? line.returnableQuantity : 0;
      this.form.controls.quantities.push(
        new FormControl<number | null>(start, [Validators.min(0), Validators.max(line.returnableQuantity)]),
      );
    }
  }

  protected async submit(): Promise<void> {
    const { quantities, reason } = this.form.getRawValue();
    const lines = this.lines()
      .map((line, i) => ({ orderLineId: line.orderLineId, quantity: quantities[i] ?? 0 }))
      .filter((line) => line.quantity > 0);
    this.nothingChosen.set(lines.length === 0 && this.form.valid);
    if (this.nothingChosen()) return;
    const result = await this.sender.run(this.form, () =>
      this.api.createReturn(this.orderId(), { lines, ...(reason.trim() ? { reason: reason.trim() } : {}) }),
    );
    if (result) this.done.emit(result);
  }
}
