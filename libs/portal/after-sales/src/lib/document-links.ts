import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormAlert, MoneyPipe, TranslatePipe, TranslationService } from '@lumen/portal/core';
import { AfterSalesApi } from './after-sales.api';
import { Downloads } from './downloads';

/** A credit note for a return or a claim, with its PDF and EHF, by the invoices' routes. */
@Component({
  selector: 'lt-credit-note',
  imports: [FormAlert, MoneyPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="note" [attr.data-credit-note]="note().number" data-testid="credit-note">
      <span>{{ 'afterSales.creditNote' | t: { number: note().number } }}</span>
      <span class="num">{{ 'afterSales.inclVat' | t: { amount: (note().grossOre | money) } }}</span>
      <span class="docs">
        @for (format of formats; track format) {
          <button
            class="btn btn-secondary btn-small"
            type="button"
            [disabled]="downloads.busy() === format"
            (click)="download(format)"
            [attr.data-testid]="'credit-note-' + format"
          >
            {{ format === 'pdf' ? 'PDF' : 'EHF' }}
          </button>
        }
      </span>
    </div>
    <lt-form-alert [message]="downloads.error()" />
  `,
  styles: `
    .note {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
    }
    .num {
      font-weight: 600;
    }
    .docs {
      display: flex;
      gap: 0.4rem;
    }
    .btn-small {
      padding: 0.25rem 0.6rem;
      font-size: 0.8rem;
    }
  `,
})
export class CreditNoteLinks {
  private readonly api = inject(AfterSalesApi);
  private readonly translations = inject(TranslationService);
  readonly note = input.required<{ id: string; number: number; grossOre: number }>();
  protected readonly formats = ['pdf', 'xml'] as const;
  protected readonly downloads = new Downloads();

  protected download(format: 'pdf' | 'xml'): Promise<void> {
    const note = this.note();
    const name = `${this.translations.translate('afterSales.creditNoteFile')}-${note.number}.${format}`;
    return this.downloads.save(format, () => this.api.creditNote(note.id, format), name);
  }
}

/** "Download return label": the PDF to tape on the parcel, named after the RMA number. */
@Component({
  selector: 'lt-return-label',
  imports: [FormAlert, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      class="btn btn-secondary"
      type="button"
      [disabled]="downloads.busy() !== null"
      (click)="download()"
      data-testid="download-label"
    >
      {{ 'afterSales.returns.label' | t }}
    </button>
    <lt-form-alert [message]="downloads.error()" />
  `,
})
export class ReturnLabelButton {
  private readonly api = inject(AfterSalesApi);
  private readonly translations = inject(TranslationService);
  readonly returnId = input.required<string>();
  readonly rmaNumber = input.required<string>();
  protected readonly downloads = new Downloads();

  protected download(): Promise<void> {
    const name = `${this.translations.translate('afterSales.returns.labelFile')}-${this.rmaNumber()}.pdf`;
    return this.downloads.save('label', () => this.api.returnLabel(this.returnId()), name);
  }
}
