import { ChangeDetectionStrategy, Component, type OnInit, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  FieldError,
  FormAlert,
  LocalDatePipe,
  TranslatePipe,
  TranslationService,
  UploadProgressBar,
} from '@lumen/portal/core';
import {
  CLAIM_DESCRIPTION_MAX,
  type ClaimDetail,
  type ClaimKind,
  type OrderLineAfterSales,
} from '@lumen/shared/contracts';
import { AfterSalesApi } from './after-sales.api';
import { DayPipe } from './day.pipe';
import { type AttachmentType, FilePicker } from './file-picker';
import { Sender } from './sender';

const PHOTO_TYPES: readonly AttachmentType[] = ['image/jpeg', 'image/png'];

/**
 * "Report a problem" with a delivered line: damage in transport (within 48 hours of delivery)
 * or a defect under the 12-month warranty, whichever windows are open — what happened, how many,
 * and photos, sent as one multipart request with its progress shown.
 */
@Component({
  selector: 'lt-problem-form',
  imports: [
    ReactiveFormsModule,
    FieldError,
    FormAlert,
    LocalDatePipe,
    TranslatePipe,
    DayPipe,
    FilePicker,
    UploadProgressBar,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form action-form" [formGroup]="form" (ngSubmit)="submit()" data-testid="problem-form">
      <h3>{{ 'afterSales.problem.title' | t: { sku: line().sku, name: line().name } }}</h3>
      <fieldset>
        <legend>{{ 'afterSales.problem.kind' | t }}</legend>
        <div class="choice-row">
          @if (damageOpen()) {
            <label class="choice">
              <input type="radio" formControlName="kind" value="damage" data-testid="kind-damage" />
              <span>
                {{ 'afterSales.problem.damage' | t }}
                <span class="muted block">{{
                  'afterSales.problem.damageUntil' | t: { date: (line().damageReportOpenUntil | localDate: 'time') }
                }}</span>
              </span>
            </label>
          }
          @if (warrantyOpen()) {
            <label class="choice">
              <input type="radio" formControlName="kind" value="warranty" data-testid="kind-warranty" />
              <span>
                {{ 'afterSales.problem.warranty' | t }}
                <span class="muted block">{{
                  'afterSales.problem.warrantyUntil' | t: { date: (line().warrantyOpenUntil | day) }
                }}</span>
              </span>
            </label>
          }
        </div>
      </fieldset>
      <div class="form-row">
        <div class="field qty">
          <label [for]="'problem-qty-' + line().orderLineId">{{ 'afterSales.quantity' | t }}</label>
          <input
            [id]="'problem-qty-' + line().orderLineId"
            type="number"
            inputmode="numeric"
            min="1"
            [max]="line().deliveredQuantity"
            formControlName="quantity"
            data-testid="problem-quantity"
          />
          <p class="field-hint">{{ 'afterSales.upTo' | t: { count: line().deliveredQuantity } }}</p>
          <lt-field-error [control]="form.controls.quantity" field="quantity" />
        </div>
        <div class="field grow">
          <label [for]="'problem-description-' + line().orderLineId">{{ 'afterSales.problem.description' | t }}</label>
          <textarea
            [id]="'problem-description-' + line().orderLineId"
            formControlName="description"
            [maxlength]="descriptionMax"
            data-testid="problem-description"
          ></textarea>
          <lt-field-error [control]="form.controls.description" field="description" />
        </div>
      </div>
      <lt-file-picker
        [(files)]="photos"
        [types]="photoTypes"
        label="afterSales.problem.photos"
        [inputId]="'problem-photos-' + line().orderLineId"
        [disabled]="sender.busy()"
      />
      <lt-upload-progress
        [progress]="sender.progress()"
        uploadingKey="afterSales.upload.sending"
        processingKey="afterSales.upload.processing"
      />
      <lt-form-alert [message]="sender.error()" />
      <div class="form-actions">
        <button class="btn btn-primary" type="submit" [disabled]="sender.busy()" data-testid="submit-problem">
          {{ 'afterSales.problem.submit.' + form.controls.kind.value | t }}
        </button>
        <button class="btn btn-secondary" type="button" (click)="closed.emit()">{{ 'afterSales.close' | t }}</button>
      </div>
    </form>
  `,
  styleUrl: './action-form.css',
  styles: `
    fieldset {
      border: 0;
      padding: 0;
      margin: 0 0 0.5rem;
    }
    legend {
      font-weight: 600;
      margin-bottom: 0.3rem;
    }
    .block {
      display: block;
      font-size: 0.85rem;
    }
  `,
})
export class ProblemForm implements OnInit {
  private readonly api = inject(AfterSalesApi);
  private readonly translations = inject(TranslationService);
  readonly orderId = input.required<string>();
  readonly line = input.required<OrderLineAfterSales>();
  readonly warrantyOpen = input.required<boolean>();
  readonly damageOpen = input.required<boolean>();
  readonly done = output<ClaimDetail>();
  readonly closed = output();
  protected readonly descriptionMax = CLAIM_DESCRIPTION_MAX;
  protected readonly photoTypes = PHOTO_TYPES;
  protected readonly photos = signal<readonly File[]>([]);
  protected readonly sender = new Sender(() => this.translations.locale());
  protected readonly form = new FormGroup({
    kind: new FormControl<ClaimKind>('warranty', { nonNullable: true }),
    quantity: new FormControl<number | null>(1, [Validators.required, Validators.min(1)]),
    description: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(CLAIM_DESCRIPTION_MAX)],
    }),
  });

  ngOnInit(): void {
    // Within 48 hours of delivery a problem is most likely the transport's.
    this.form.controls.kind.setValue(this.damageOpen() ? 'damage' : 'warranty');
    this.form.controls.quantity.addValidators(Validators.max(this.line().deliveredQuantity));
  }

  protected async submit(): Promise<void> {
    const { kind, quantity, description } = this.form.getRawValue();
    const result = await this.sender.run(this.form, () =>
      this.api.createClaim(
        kind,
        {
          orderId: this.orderId(),
          orderLineId: this.line().orderLineId,
          quantity: quantity ?? 0,
          description: description.trim(),
        },
        this.photos(),
      ),
    );
    if (result) this.done.emit(result);
  }
}
