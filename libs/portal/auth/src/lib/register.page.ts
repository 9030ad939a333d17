import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  AuthStore,
  FieldError,
  FormAlert,
  Submission,
  TranslatePipe,
  TranslationService,
  postalCodeOfCountry,
} from '@lumen/portal/core';
import {
  type CustomerType,
  DELIVERY_COUNTRIES,
  type DeliveryCountry,
  type RegisterCompanyRequest,
} from '@lumen/shared/contracts';
import { normaliseOrganisationNumber, PHONE_PATTERN } from '@lumen/shared/domain';
import { NewPasswordFields } from './new-password-fields';
import { newPasswordGroup, organisationNumberValidator } from './validators';

@Component({
  selector: 'lt-register-page',
  imports: [ReactiveFormsModule, RouterLink, FieldError, FormAlert, NewPasswordFields, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './register.page.html',
  styles: `
    .customer-types {
      display: grid;
      gap: 0.5rem;
    }
    .customer-type {
      border: 1px solid var(--border);
      border-radius: var(--radius);
      padding: 0.65rem 0.8rem;
      cursor: pointer;
    }
    .customer-type:has(input:checked) {
      border-color: var(--accent);
      background: var(--accent-soft);
    }
    .customer-type small {
      display: block;
      color: var(--text-muted);
    }
    hr {
      border: 0;
      border-top: 1px solid var(--border);
      margin: 0.5rem 0;
    }
  `,
})
export class RegisterPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly translations = inject(TranslationService);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly customerTypes: readonly CustomerType[] = ['business', 'non_vat_registered'];
  protected readonly form = this.fb.group({
    company: this.fb.group({
      name: ['', [Validators.required, Validators.maxLength(200)]],
      organisationNumber: ['', [Validators.required, organisationNumberValidator]],
      customerType: this.fb.control<CustomerType>('business'),
      phone: ['', [Validators.required, Validators.pattern(PHONE_PATTERN)]],
      billingAddress: this.fb.group({
        line1: ['', [Validators.required, Validators.maxLength(200)]],
        line2: ['', Validators.maxLength(200)],
        postalCode: ['', [Validators.required, Validators.maxLength(20), postalCodeOfCountry]],
        city: ['', [Validators.required, Validators.maxLength(100)]],
        country: this.fb.control<DeliveryCountry>('NO'),
      }),
    }),
    user: this.fb.group({
      name: ['', [Validators.required, Validators.maxLength(200)]],
      email: ['', [Validators.required, Validators.email]],
      passwords: newPasswordGroup(),
    }),
  });
  protected readonly submission = new Submission();

  /** Delivery countries by their name in the chosen language, Norway first. */
  protected readonly countries = computed(() => {
    const names = new Intl.DisplayNames([this.translations.intlLocale()], { type: 'region' });
    const byName = DELIVERY_COUNTRIES.map((code) => ({ code, name: names.of(code) ?? code }));
    const [norway, ...rest] = byName;
    return [norway, ...rest.sort((a, b) => a.name.localeCompare(b.name, this.translations.intlLocale()))];
  });

  constructor() {
    // The postcode's format is the country's: choosing another country checks it again.
    const address = this.form.controls.company.controls.billingAddress.controls;
    address.country.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => address.postalCode.updateValueAndValidity());
  }

  protected async submit(): Promise<void> {
    const ok = await this.submission.run(this.form, () => this.auth.register(this.request()), {
      'user.password': 'user.passwords.password',
    });
    if (ok) await this.router.navigate(['/account'], { queryParams: { welcome: 1 } });
  }

  private request(): RegisterCompanyRequest {
    const { company, user } = this.form.getRawValue();
    const { line2, ...address } = company.billingAddress;
    return {
      company: {
        ...company,
        organisationNumber: normaliseOrganisationNumber(company.organisationNumber),
        billingAddress: line2.trim() ? { ...address, line2 } : address,
      },
      user: { name: user.name, email: user.email, password: user.passwords.password },
    };
  }
}
