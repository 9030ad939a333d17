import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type AbstractControl } from '@angular/forms';
import {
  type ErrorMessage,
  FieldError,
  FormAlert,
  MoneyPipe,
  Submission,
  TranslatePipe,
  TranslationService,
  apiErrorOf,
  describeError,
  formatMoney,
} from '@lumen/portal/core';
import type { ApiErrorDetail, BankFileResult } from '@lumen/shared/contracts';
import { FulfilmentApi } from './fulfilment.api';
import { parseKroner } from './kroner';

const kronerValidator = (control: AbstractControl<string>) => {
  const ore = parseKroner(control.value ?? '');
  return ore !== null && ore > 0 ? null : { amount: true };
};

/** The shop admin books payments: one by KID, or the bank's CSV file, all or nothing. */
@Component({
  selector: 'lt-payments-page',
  imports: [ReactiveFormsModule, FieldError, FormAlert, MoneyPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './payments.page.html',
  styleUrl: './payments.page.css',
})
export class PaymentsPage {
  private readonly api = inject(FulfilmentApi);
  private readonly translations = inject(TranslationService);
  protected readonly submission = new Submission();
  protected readonly recorded = signal<ErrorMessage | null>(null);
  protected readonly form = new FormGroup({
    kid: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^\d{2,25}$/)],
    }),
    amount: new FormControl('', { nonNullable: true, validators: [kronerValidator] }),
    paidOn: new FormControl('', { nonNullable: true }),
  });

  protected readonly progress = signal<number | 'processing' | null>(null);
  protected readonly fileResult = signal<BankFileResult | null>(null);
  protected readonly fileError = signal<ErrorMessage | null>(null);
  /** The file's refused lines, as the API names them. */
  protected readonly fileProblems = signal<string[]>([]);

  protected async record(): Promise<void> {
    this.recorded.set(null);
    const { kid, amount, paidOn } = this.form.getRawValue();
    const amountOre = parseKroner(amount) ?? 0;
    const request = { kid: kid.trim(), amountOre, ...(paidOn ? { paidOn } : {}) };
    // The form's field is the amount in kroner; the API's is `amountOre`.
    if (await this.submission.run(this.form, () => this.api.recordPayment(request), { amountOre: 'amount' })) {
      this.recorded.set({
        key: 'staff.payments.recorded',
        params: { amount: formatMoney(amountOre, this.translations.locale()), kid: request.kid },
      });
      this.form.reset();
    }
  }

  protected upload(input: HTMLInputElement): void {
    const file = input.files?.[0];
    if (!file) return;
    this.fileResult.set(null);
    this.fileError.set(null);
    this.fileProblems.set([]);
    this.progress.set(0);
    this.api.uploadBankFile(file).subscribe({
      next: (step) => {
        if (step.phase === 'uploading') this.progress.set(step.percent);
        else if (step.phase === 'processing') this.progress.set('processing');
        else this.fileResult.set(step.result);
      },
      error: (error: unknown) => {
        this.progress.set(null);
        this.fileError.set(describeError(error));
        this.fileProblems.set(this.problems(error));
        input.value = '';
      },
      complete: () => {
        this.progress.set(null);
        input.value = '';
      },
    });
  }

  /**
   * One sentence per refused line of the file, in the user's language where the reason is known;
   * otherwise the API's own sentence, which names the line too.
   */
  private problems(error: unknown): string[] {
    const details = apiErrorOf(error)?.details;
    if (!Array.isArray(details)) return [];
    return (details as (ApiErrorDetail & { line?: number })[]).map((detail) => {
      const key = `staff.payments.problems.${detail.code}`;
      if (detail.line === undefined || !this.translations.has(key)) return detail.message;
      // The value the API quotes ("12,345" is not an amount) goes into our sentence too.
      const value = /"([^"]*)"/.exec(detail.message)?.[1] ?? '';
      return this.translations.translate('staff.payments.line', {
        line: detail.line,
        reason: this.translations.translate(key, { value }),
      });
    });
  }
}
