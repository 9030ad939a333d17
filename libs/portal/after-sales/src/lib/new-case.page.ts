import { ChangeDetectionStrategy, Component, type OnInit, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  FieldError,
  FormAlert,
  LocalDatePipe,
  TranslatePipe,
  TranslationService,
  UploadProgressBar,
} from '@lumen/portal/core';
import {
  CASE_CATEGORIES,
  CASE_MESSAGE_MAX,
  CASE_SUBJECT_MAX,
  type CaseCategory,
  type InvoiceSummary,
  type OrderSummary,
} from '@lumen/shared/contracts';
import { CasesApi } from './cases.api';
import { FilePicker } from './file-picker';
import { Sender } from './sender';

/**
 * "New case": what it is about (category, optionally one of the company's orders or invoices),
 * a subject, the message and up to five files (JPEG, PNG, PDF). `?orderId=` (from an order page)
 * and `?category=` choose ahead. Sent as one multipart request with its progress; then the case.
 */
@Component({
  selector: 'lt-new-case-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    FieldError,
    FormAlert,
    LocalDatePipe,
    TranslatePipe,
    FilePicker,
    UploadProgressBar,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a routerLink="/cases">← {{ 'cases.title' | t }}</a>
    </p>
    <div class="card medium">
      <h1>{{ 'cases.new' | t }}</h1>
      <form class="form" [formGroup]="form" (ngSubmit)="submit()" data-testid="new-case-form">
        <div class="field">
          <label for="case-category">{{ 'cases.category' | t }}</label>
          <select id="case-category" formControlName="category" data-testid="case-category">
            @for (category of categories; track category) {
              <option [value]="category">{{ 'cases.categories.' + category | t }}</option>
            }
          </select>
        </div>
        <div class="form-row">
          <div class="field">
            <label for="case-order">{{ 'cases.aboutOrder' | t }}</label>
            <select id="case-order" formControlName="orderId" data-testid="case-order">
              <option value="">{{ 'cases.noOrder' | t }}</option>
              @for (order of orders(); track order.id) {
                <option [value]="order.id">
                  {{ order.number }} · {{ order.placedAt | localDate
                  }}{{ order.purchaseOrderReference ? ' · ' + order.purchaseOrderReference : '' }}
                </option>
              }
            </select>
          </div>
          <div class="field">
            <label for="case-invoice">{{ 'cases.aboutInvoice' | t }}</label>
            <select id="case-invoice" formControlName="invoiceId" data-testid="case-invoice">
              <option value="">{{ 'cases.noInvoice' | t }}</option>
              @for (invoice of invoices(); track invoice.id) {
                <option [value]="invoice.id">
                  {{ 'cases.invoiceKind.' + invoice.kind | t }} {{ invoice.number }} ·
                  {{ invoice.issueDate | localDate }}
                </option>
              }
            </select>
          </div>
        </div>
        <div class="field">
          <label for="case-subject">{{ 'cases.subject' | t }}</label>
          <input id="case-subject" formControlName="subject" [maxlength]="subjectMax" data-testid="case-subject" />
          <lt-field-error [control]="form.controls.subject" field="subject" />
        </div>
        <div class="field">
          <label for="case-message">{{ 'cases.message' | t }}</label>
          <textarea
            id="case-message"
            formControlName="message"
            rows="6"
            [maxlength]="messageMax"
            data-testid="case-message"
          ></textarea>
          <lt-field-error [control]="form.controls.message" field="message" />
        </div>
        <lt-file-picker [(files)]="files" label="cases.files" inputId="case-files" [disabled]="sender.busy()" />
        <lt-upload-progress
          [progress]="sender.progress()"
          uploadingKey="afterSales.upload.sending"
          processingKey="afterSales.upload.processing"
        />
        <lt-form-alert [message]="sender.error()" />
        <div class="form-actions">
          <button class="btn btn-primary" type="submit" [disabled]="sender.busy()" data-testid="submit-case">
            {{ 'cases.send' | t }}
          </button>
        </div>
      </form>
    </div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 1rem;
    }
    :host > p {
      margin: 0;
    }
    .medium {
      width: 100%;
    }
    .form-row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: 1rem;
    }
    textarea {
      resize: vertical;
    }
    @media (max-width: 640px) {
      .card {
        padding: 1rem 0.75rem;
      }
    }
  `,
})
export class NewCasePage implements OnInit {
  private readonly api = inject(CasesApi);
  private readonly router = inject(Router);
  private readonly translations = inject(TranslationService);
  /** `?orderId=`: the order page's "Ask about this order". */
  readonly orderId = input<string | undefined>();
  readonly category = input<string | undefined>();
  protected readonly categories = CASE_CATEGORIES;
  protected readonly subjectMax = CASE_SUBJECT_MAX;
  protected readonly messageMax = CASE_MESSAGE_MAX;
  protected readonly orders = signal<OrderSummary[]>([]);
  protected readonly invoices = signal<InvoiceSummary[]>([]);
  protected readonly files = signal<readonly File[]>([]);
  protected readonly sender = new Sender(() => this.translations.locale());
  protected readonly form = new FormGroup({
    category: new FormControl<CaseCategory>('other', { nonNullable: true }),
    orderId: new FormControl('', { nonNullable: true }),
    invoiceId: new FormControl('', { nonNullable: true }),
    subject: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(CASE_SUBJECT_MAX)],
    }),
    message: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(CASE_MESSAGE_MAX)],
    }),
  });

  async ngOnInit(): Promise<void> {
    const category = this.category();
    if (category && (CASE_CATEGORIES as readonly string[]).includes(category))
      this.form.controls.category.setValue(category as CaseCategory);
    try {
      const { orders, invoices } = await this.api.linkable();
      this.orders.set(orders);
      this.invoices.set(invoices);
      const orderId = this.orderId();
      // The order asked about is one of the company's latest: choose it (an older one is not offered).
      if (orderId && orders.some((order) => order.id === orderId)) this.form.controls.orderId.setValue(orderId);
    } catch {
      // Without the lists the case is still sent, just not linked.
    }
  }

  protected async submit(): Promise<void> {
    const { category, orderId, invoiceId, subject, message } = this.form.getRawValue();
    const created = await this.sender.run(this.form, () =>
      this.api.create(
        {
          category,
          subject: subject.trim(),
          message: message.trim(),
          ...(orderId ? { orderId } : {}),
          ...(invoiceId ? { invoiceId } : {}),
        },
        this.files(),
      ),
    );
    if (created) await this.router.navigate(['/cases', created.id]);
  }
}
