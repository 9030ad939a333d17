import { Pipe, type PipeTransform, inject } from '@angular/core';
import { type Locale, TranslationService, formatDate } from '@lumen/portal/core';

/**
 * A calendar day the API sends as YYYY-MM-DD (a window's last day, Oslo's): that day, in the
 * reader's format. Read as midnight UTC and formatted in UTC, so it is the same day everywhere.
 */
export function formatDay(day: string, locale: Locale): string {
  return formatDate(day, locale, 'UTC');
}

/** `{{ window.returnOpenUntil | day }}` → `12.01.2027` / `12/01/2027`. Impure: follows the language. */
@Pipe({ name: 'day', pure: false })
export class DayPipe implements PipeTransform {
  private readonly translations = inject(TranslationService);

  transform(day: string | null | undefined): string {
    return day ? formatDay(day, this.translations.locale()) : '';
  }
}
