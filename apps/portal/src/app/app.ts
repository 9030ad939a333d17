import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { TranslatePipe, TranslationService } from '@lumen/portal/core';
import { Header } from './layout/header';

@Component({
  selector: 'lt-root',
  imports: [RouterOutlet, Header, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <lt-header />
    <main class="container page">
      <router-outlet />
    </main>
    <footer class="footer">
      <div class="container">© Lumen Trade AS · {{ 'shell.footer' | t }}</div>
    </footer>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100vh;
    }
    .page {
      flex: 1;
      width: 100%;
      padding-block: 2rem 3rem;
    }
    .footer {
      border-top: 1px solid var(--border);
      color: var(--text-muted);
      font-size: 0.8rem;
      padding: 1.25rem 0;
      background: var(--surface);
    }
  `,
})
export class App {
  constructor() {
    const translations = inject(TranslationService);
    const document = inject(DOCUMENT);
    // Screen readers and the browser's hyphenation follow the chosen language.
    effect(() => {
      document.documentElement.lang = translations.locale();
      document.title = translations.translate('shell.title');
    });
  }
}
