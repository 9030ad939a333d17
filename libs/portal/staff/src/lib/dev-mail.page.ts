import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { DomSanitizer } from '@angular/platform-browser';
import {
  FormAlert,
  LocalDatePipe,
  TranslatePipe,
  TranslationService,
  describeError,
  type ErrorMessage,
} from '@lumen/portal/core';
import type { DevMail, DevMailPage } from '@lumen/shared/contracts';
import { DevMailApi } from './dev-mail.api';
import { DEV_MAIL_TRANSLATIONS } from './dev-mail.translations';

/**
 * `/dev/mail`: what the shop has e-mailed, for a newcomer in development (`npm start`). Staff
 * only, like the API behind it, which does not exist in production.
 */
@Component({
  selector: 'lt-dev-mail-page',
  imports: [FormAlert, LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dev-mail.page.html',
  styleUrl: './dev-mail.page.css',
})
export class DevOutboxPage {
  private readonly api = inject(DevMailApi);
  private readonly sanitizer = inject(DomSanitizer);
  protected readonly page = signal<DevMailPage | null>(null);
  protected readonly open = signal<DevMail | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);
  /**
   * The HTML part as the recipient's mail client shows it. Trusted only inside an iframe whose
   * empty `sandbox` runs no script and has no origin, so a hostile message cannot reach the portal
   * (and the layout's own styles survive, which Angular's sanitizer would strip).
   */
  protected readonly html = computed(() => {
    const mail = this.open();
    return mail ? this.sanitizer.bypassSecurityTrustHtml(mail.html) : null;
  });

  constructor() {
    // The route is the shell's alone, with no providers of ours: the page brings its words.
    inject(TranslationService).register(DEV_MAIL_TRANSLATIONS);
    void this.load();
  }

  async load(): Promise<void> {
    try {
      this.page.set(await this.api.list());
    } catch (error) {
      this.error.set(describeError(error));
    }
  }

  async show(id: string): Promise<void> {
    try {
      this.open.set(await this.api.one(id));
    } catch (error) {
      this.error.set(describeError(error));
    }
  }
}
