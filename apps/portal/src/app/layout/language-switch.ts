import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AuthStore, LOCALES, TranslatePipe, TranslationService } from '@lumen/portal/core';

@Component({
  selector: 'lt-language-switch',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="language-switch" role="group" [attr.aria-label]="'shell.language' | t">
      @for (locale of locales; track locale) {
        <button
          type="button"
          [class.active]="translations.locale() === locale"
          [attr.aria-pressed]="translations.locale() === locale"
          [attr.lang]="locale"
          [attr.data-locale]="locale"
          (click)="auth.chooseLanguage(locale)"
        >
          {{ 'shell.languages.' + locale | t }}
        </button>
      }
    </div>
  `,
  styles: `
    .language-switch {
      display: inline-flex;
      border: 1px solid var(--header-border);
      border-radius: var(--radius);
      overflow: hidden;
    }
    button {
      border: 0;
      background: transparent;
      color: var(--header-muted);
      font: inherit;
      font-size: 0.8rem;
      font-weight: 600;
      padding: 0.3rem 0.6rem;
      cursor: pointer;
    }
    button.active {
      background: var(--header-active);
      color: var(--header-text);
    }
    button:focus-visible {
      outline: 2px solid var(--accent);
      outline-offset: -2px;
    }
  `,
})
export class LanguageSwitch {
  protected readonly translations = inject(TranslationService);
  protected readonly auth = inject(AuthStore);
  protected readonly locales = LOCALES;
}
