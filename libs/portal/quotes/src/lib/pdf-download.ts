import { HttpClient, type HttpResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import {
  API_BASE,
  type ErrorMessage,
  FormAlert,
  TranslatePipe,
  describeError,
  saveFile,
  withJsonErrorBody,
} from '@lumen/portal/core';
import { firstValueFrom } from 'rxjs';

/**
 * A button that downloads a document the API renders (`path` under /api, e.g.
 * `/quotes/:id/revisions/2.pdf`) and saves it under the name of the API's Content-Disposition
 * (`tilbud-Q-000011-rev-2.pdf`), so the file name follows the document's language — the
 * caller's stored one, which need not be the portal's — in one place. That header is why this
 * reads the whole response rather than `ApiClient.file`'s Blob; the error and the save are core's
 * (`withJsonErrorBody`, `saveFile`), as for every other file.
 */
@Component({
  selector: 'lt-pdf-download',
  imports: [FormAlert, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      class="btn btn-secondary btn-small"
      type="button"
      data-testid="pdf-download"
      [attr.data-path]="path()"
      [disabled]="busy()"
      [attr.aria-busy]="busy()"
      (click)="download()"
    >
      {{ label() | t }}
    </button>
    <lt-form-alert [message]="error()" />
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-direction: column;
      gap: 0.3rem;
    }
    .btn-small {
      padding: 0.25rem 0.7rem;
      font-size: 0.88rem;
    }
  `,
})
export class PdfDownloadButton {
  private readonly http = inject(HttpClient);
  /** Under /api: `/quotes/…/revisions/2.pdf`, `/staff/quotes/…`, `/orders/…/confirmation.pdf`. */
  readonly path = input.required<string>();
  /** The translation key of the button's text. */
  readonly label = input.required<string>();
  protected readonly busy = signal(false);
  protected readonly error = signal<ErrorMessage | null>(null);

  protected async download(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const response = await firstValueFrom(
        this.http.get(`${API_BASE}${this.path()}`, { observe: 'response', responseType: 'blob' }),
      );
      if (!response.body) throw new Error(`${this.path()} answered no file`);
      saveFile(response.body, fileNameOf(response) ?? this.path().split('/').pop() ?? 'document.pdf');
    } catch (error) {
      this.error.set(describeError(await withJsonErrorBody(error)));
    } finally {
      this.busy.set(false);
    }
  }
}

/** The name from `Content-Disposition: attachment; filename="…"`, which the API sends with every file. */
function fileNameOf(response: HttpResponse<Blob>): string | null {
  return /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? null;
}
