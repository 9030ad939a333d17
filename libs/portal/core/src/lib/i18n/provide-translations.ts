import { type EnvironmentProviders, inject, provideEnvironmentInitializer } from '@angular/core';
import { TranslationService, type Translations } from './translation.service';

/**
 * Registers a feature's dictionaries when its injector is created: put it in the `providers`
 * of the feature's lazy route (or in `app.config.ts` for strings the shell needs everywhere).
 */
export function provideTranslations(translations: Translations): EnvironmentProviders {
  return provideEnvironmentInitializer(() => inject(TranslationService).register(translations));
}
