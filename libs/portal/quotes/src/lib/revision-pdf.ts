import { HttpClient, HttpErrorResponse, type HttpResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { API_BASE, type ErrorMessage, FormAlert, TranslatePipe, describeError } from '@lumen/portal/core';
import { firstValueFrom } from 'rxjs';

/**
 * "Download PDF" for one published revision: the printable offer the API renders, saved under
 * the name the API gives it (`tilbud-Q-000011-rev-2.pdf`). The token travels in a header, so
 * the file is fetched and saved here rather than linked. `desk` takes the consultant's route.
 */
@Component({
  selector: 'lt-revision-pdf',
  imports: [FormAlert, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      class="btn btn-secondary btn-small"
      type="button"
      data-testid="revision-pdf"
      [attr.data-revision]="revision()"
      [disabled]="busy()"
      (click)="download()"
    >
      {{ (busy() ? 'quotes.downloading' : 'quotes.downloadPdf') | t }}
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
export class RevisionPdfButton {
  private readonly http = inject(HttpClient);
  readonly quoteId = input.required<string>();
  readonly quoteNumber = input.required<string>();
  readonly revision = input.required<number>();
  readonly desk = input(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<ErrorMessage | null>(null);
  private readonly path = computed(
    () => `${API_BASE}${this.desk() ? '/staff' : ''}/quotes/${this.quoteId()}/revisions/${this.revision()}.pdf`,
  );

  protected async download(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const response = await firstValueFrom(this.http.get(this.path(), { observe: 'response', responseType: 'blob' }));
      if (!response.body) throw new Error(`${this.path()} answered no file`);
      const url = URL.createObjectURL(response.body);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileNameOf(response) ?? `${this.quoteNumber()}-rev-${this.revision()}.pdf`;
      link.click();
      // Revoked a moment later: some browsers start the download only after click() returns.
      setTimeout(() => URL.revokeObjectURL(url), 1_000);
    } catch (error) {
      this.error.set(describeError(await withJsonBody(error)));
    } finally {
      this.busy.set(false);
    }
  }
}

/** The name from `Content-Disposition: attachment; filename="…"`, which the API always sends. */
function fileNameOf(response: HttpResponse<Blob>): string | null {
  return /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? null;
}

/** A blob request's error arrives as a Blob: read the API's JSON error body out of it. */
async function withJsonBody(error: unknown): Promise<unknown> {
  if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob)) return error;
  try {
    return new HttpErrorResponse({
      error: JSON.parse(await error.error.text()),
      headers: error.headers,
      status: error.status,
      url: error.url ?? undefined,
    });
  } catch {
    return error;
  }
}
