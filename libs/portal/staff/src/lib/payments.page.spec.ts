import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { RecordPaymentRequest } from '@lumen/shared/contracts';
import { Subject } from 'rxjs';
import { type BankFileProgress, FulfilmentApi } from './fulfilment.api';
import { PaymentsPage } from './payments.page';
import { STAFF_TRANSLATIONS } from './staff.translations';

describe('PaymentsPage', () => {
  let recorded: RecordPaymentRequest[];
  let upload: Subject<BankFileProgress>;

  beforeEach(() => {
    localStorage.clear();
    recorded = [];
    upload = new Subject();
    TestBed.configureTestingModule({
      imports: [PaymentsPage],
      providers: [
        {
          provide: FulfilmentApi,
          useValue: {
            recordPayment: (request: RecordPaymentRequest) => {
              recorded.push(request);
              return Promise.resolve({});
            },
            uploadBankFile: () => upload,
          },
        },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
    translations.register(STAFF_TRANSLATIONS);
  });

  async function render() {
    const fixture = TestBed.createComponent(PaymentsPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const type = async (testId: string, value: string) => {
      const input = element.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
      if (!input) throw new Error(testId);
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    const chooseFile = async () => {
      const input = element.querySelector<HTMLInputElement>('[data-testid="bank-file"]');
      if (!input) throw new Error('no file input');
      Object.defineProperty(input, 'files', {
        value: [new File(['KID;beløp;dato'], 'bank.csv', { type: 'text/csv' })],
      });
      input.dispatchEvent(new Event('change'));
      await fixture.whenStable();
    };
    return { fixture, element, type, chooseFile };
  }

  it('records a payment typed in kroner as øre against the KID, today when no date is given', async () => {
    const { element, type, fixture } = await render();
    await type('payment-kid', '1000123456785');
    await type('payment-amount', '1 250,5');
    element.querySelector<HTMLFormElement>('[data-testid="payment-form"]')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(recorded).toEqual([{ kid: '1000123456785', amountOre: 125_050 }]);
    // Amounts are written with no-break spaces.
    expect(element.textContent?.replace(/\u00a0/g, ' ')).toContain('kr 1 250,50 er registrert på KID 1000123456785.');
  });

  it('refuses an amount that is not kroner before asking the API', async () => {
    const { element, type, fixture } = await render();
    await type('payment-kid', '1000123456785');
    await type('payment-amount', '12,345');
    element.querySelector<HTMLFormElement>('[data-testid="payment-form"]')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(recorded).toEqual([]);
    expect(element.textContent).toContain('Skriv et beløp over 0, med høyst to desimaler.');
  });

  it('shows the upload’s progress, then names each refused line of the file in the user’s words', async () => {
    const { element, chooseFile, fixture } = await render();
    await chooseFile();
    upload.next({ phase: 'uploading', percent: 40 });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="bank-file-progress"]')?.textContent).toContain('40 %');
    upload.error(
      new HttpErrorResponse({
        status: 422,
        error: {
          statusCode: 422,
          code: 'bank_file_invalid',
          message: 'Line 3: "12,345" is not an amount in kroner',
          details: [
            { line: 3, code: 'invalid_amount', message: 'Line 3: "12,345" is not an amount in kroner' },
            { line: 5, code: 'brand_new_check', message: 'Line 5: something new' },
          ],
        },
      }),
    );
    await fixture.whenStable();
    const problems = [...element.querySelectorAll('[data-testid="bank-file-problems"] li')].map((li) =>
      li.textContent?.trim(),
    );
    expect(problems).toEqual(['Linje 3: «12,345» er ikke et beløp i kroner', 'Line 5: something new']);
    expect(element.querySelector('[data-testid="bank-file-progress"]')).toBeNull();
  });
});
