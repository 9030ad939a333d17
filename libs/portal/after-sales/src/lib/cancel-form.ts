import { ChangeDetectionStrategy, Component, type OnInit, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { FieldError, FormAlert, TranslatePipe, TranslationService } from '@lumen/portal/core';
import { type Cancellation, type OrderLineAfterSales, RETURN_REASON_MAX } from '@lumen/shared/contracts';
import { AfterSalesApi } from './after-sales.api';
import { Sender } from './sender';

/**
 * Cancel all or part of a line's open quantity. Before the order is in preparation it is
 * cancelled at once; after, it becomes a request staff accept or refuse — the form says which.
 */
@Component({
  selector: 'lt-cancel-form',
  imports: [ReactiveFormsModule, FieldError, FormAlert, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form action-form" [formGroup]="form" (ngSubmit)="submit()" data-testid="cancel-form">
      <h3>{{ 'afterSales.cancel.title' | t: { sku: line().sku, name: line().name } }}</h3>
      <p
        class="alert"
        [class.alert-warning]="line().cancelNeedsApproval"
        [class.alert-info]="!line().cancelNeedsApproval"
      >
        {{ (line().cancelNeedsApproval ? 'afterSales.cancel.needsApproval' : 'afterSales.cancel.atOnce') | t }}
      </p>
      <div class="form-row">
        <div class="field qty">
          <label [for]="'cancel-qty-' + line().orderLineId">{{ 'afterSales.quantity' | t }}</label>
          <input
            [id]="'cancel-qty-' + line().orderLineId"
            type="number"
            inputmode="numeric"
            min="1"
            [max]="line().cancellableQuantity"
            formControlName="quantity"
            data-testid="cancel-quantity"
          />
          <p class="field-hint">{{ 'afterSales.upTo' | t: { count: line().cancellableQuantity } }}</p>
          <lt-field-error [control]="form.controls.quantity" field="quantity" />
        </div>
        <div class="field grow">
          <label [for]="'cancel-reason-' + line().orderLineId">{{ 'afterSales.reasonOptional' | t }}</label>
          <input [id]="'cancel-reason-' + line().orderLineId" formControlName="reason" [maxlength]="reasonMax" />
        </div>
      </div>
      <lt-form-alert [message]="sender.error()" />
      <div class="form-actions">
        <button class="btn btn-primary" type="submit" [disabled]="sender.busy()" data-testid="submit-cancel">
          {{
            (line().cancelNeedsApproval ? 'afterSales.cancel.request' : 'afterSales.cancel.submit')
              | t: { count: form.controls.quantity.value ?? 0 }
          }}
        </button>
        <button class="btn btn-secondary" type="button" (click)="closed.emit()">{{ 'afterSales.close' | t }}</button>
      </div>
    </form>
  `,
  styleUrl: './action-form.css',
})
export class CancelForm implements OnInit {
  private readonly api = inject(AfterSalesApi);
  private readonly translations = inject(TranslationService);
  readonly orderId = input.required<string>();
  readonly line = input.required<OrderLineAfterSales>();
  readonly done = output<Cancellation>();
  readonly closed = output();
  protected readonly reasonMax = RETURN_REASON_MAX;
  protected readonly sender = new Sender(() => this.translations.locale());
  protected readonly form = new FormGroup({
    quantity: new FormControl<number | null>(null, [Validators.required, Validators.min(1)]),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(RETURN_REASON_MAX)] }),
  });

  ngOnInit(): void {
    const open = this.line().cancellableQuantity;
    this.form.controls.quantity.addValidators(Validators.max(open));
    this.form.controls.quantity.setValue(open);
  }

  protected async submit(): Promise<void> {
    const { quantity, reason } = this.form.getRawValue();
    const result = await this.sender.run(this.form, () =>
      this.api.cancel(this.orderId(), this.line().orderLineId, {
        quantity: quantity ?? 0,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      }),
    );
    if (result) this.done.emit(result);
  }
}
