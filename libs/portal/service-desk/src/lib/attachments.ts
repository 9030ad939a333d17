import { ChangeDetectionStrategy, Component, type OnInit, inject, input, signal } from '@angular/core';
import { type ErrorMessage, FormAlert, TranslatePipe, describeError, saveFile } from '@lumen/portal/core';
import type { AttachmentRef } from '@lumen/shared/contracts';
import { ServiceDeskApi } from './service-desk.api';

/** `1,2 MB` / `340 kB`: enough to tell a photo from a document. */
function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

/**
 * A message's files as buttons that download them: the route needs the access token, so the
 * file is fetched and saved rather than linked.
 */
@Component({
  selector: 'lt-attachment-list',
  imports: [FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (attachments().length) {
      <ul class="files">
        @for (file of attachments(); track file.id) {
          <li>
            <button
              class="link"
              type="button"
              data-testid="attachment"
              [disabled]="busy() === file.id"
              (click)="download(file)"
            >
              📎 {{ file.fileName }}
            </button>
            <span class="muted"> ({{ size(file.sizeBytes) }})</span>
          </li>
        }
      </ul>
      <lt-form-alert [message]="error()" />
    }
  `,
  styles: `
    .files {
      list-style: none;
      padding: 0;
      margin: 0.4rem 0 0;
      display: flex;
      flex-direction: column;
      gap: 0.2rem;
    }
    .link {
      overflow-wrap: anywhere;
    }
  `,
})
export class AttachmentList {
  private readonly api = inject(ServiceDeskApi);
  readonly attachments = input.required<readonly AttachmentRef[]>();
  protected readonly busy = signal<string | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly size = sizeText;

  protected async download(file: AttachmentRef): Promise<void> {
    this.busy.set(file.id);
    this.error.set(null);
    try {
      saveFile(await this.api.attachment(file.id), file.fileName);
    } catch (error) {
      this.error.set(describeError(error));
    } finally {
      this.busy.set(null);
    }
  }
}

/** A claim's photo shown in the page (fetched with the token) that downloads on click. */
@Component({
  selector: 'lt-attachment-photo',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure>
      @if (url(); as url) {
        <a [href]="url" [attr.download]="photo().fileName" data-testid="claim-photo"
          ><img [src]="url" [alt]="photo().fileName"
        /></a>
      } @else if (failed()) {
        <span class="muted">{{ 'errors.unexpected' | t }}</span>
      }
      <figcaption class="muted">{{ photo().fileName }}</figcaption>
    </figure>
  `,
  styles: `
    figure {
      margin: 0;
      width: 10rem;
      max-width: 100%;
    }
    img {
      width: 100%;
      height: 8rem;
      object-fit: cover;
      border-radius: var(--radius);
      border: 1px solid var(--border);
      display: block;
    }
    figcaption {
      font-size: 0.8rem;
      overflow-wrap: anywhere;
    }
  `,
})
export class AttachmentPhoto implements OnInit {
  private readonly api = inject(ServiceDeskApi);
  readonly photo = input.required<AttachmentRef>();
  protected readonly url = signal<string | null>(null);
  protected readonly failed = signal(false);

  ngOnInit(): void {
    void this.load();
  }

  /** As a data: URL: the portal's Content-Security-Policy allows images from 'self' and data:, not blob:. */
  private async load(): Promise<void> {
    try {
      this.url.set(await dataUrlOf(await this.api.attachment(this.photo().id)));
    } catch {
      this.failed.set(true);
    }
  }
}

function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}
