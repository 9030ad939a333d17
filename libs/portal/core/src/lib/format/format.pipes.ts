import { Pipe, type PipeTransform, inject } from '@angular/core';
import { TranslationService } from '../i18n/translation.service';
import {
  type DateInput,
  formatCount,
  formatDate,
  formatDateTime,
  formatMoney,
  formatOrganisationNumber,
} from './format';

/** `{{ line.unitPriceOre | money }}` → `kr 1 675,00` / `NOK 1,675.00`. Impure: follows the language. */
@Pipe({ name: 'money', pure: false })
export class MoneyPipe implements PipeTransform {
  private readonly translations = inject(TranslationService);

  transform(ore: number | null | undefined): string {
    return ore == null ? '' : formatMoney(ore, this.translations.locale());
  }
}

/** `{{ line.quantity | count }}` → `80 000` / `80,000`. Impure: follows the language. */
@Pipe({ name: 'count', pure: false })
export class CountPipe implements PipeTransform {
  private readonly translations = inject(TranslationService);

  transform(count: number | null | undefined): string {
    return count == null ? '' : formatCount(count, this.translations.locale());
  }
}

/** `{{ order.placedAt | localDate }}` → `22.11.2026`; `localDate: 'time'` adds the time of day. */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly translations = inject(TranslationService);

  transform(value: DateInput | null | undefined, withTime?: 'time'): string {
    if (value == null || value === '') return '';
    const locale = this.translations.locale();
    return withTime ? formatDateTime(value, locale) : formatDate(value, locale);
  }
}

/** `{{ company.organisationNumber | orgNumber }}` → `923 609 016`; the same in every language, so pure. */
@Pipe({ name: 'orgNumber' })
export class OrganisationNumberPipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    return value == null ? '' : formatOrganisationNumber(value);
  }
}
