import { Pipe, type PipeTransform, inject } from '@angular/core';
import { TranslationService, type TranslationParams } from './translation.service';

/**
 * `{{ 'login.title' | t }}`, `{{ 'cart.items' | t: { count: 3 } }}`. Impure because the result
 * depends on the chosen language (a signal), not only on the arguments; the lookup is a map get.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly translations = inject(TranslationService);

  transform(key: string, params?: TranslationParams): string {
    return this.translations.translate(key, params);
  }
}
