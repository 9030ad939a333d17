import { ChangeDetectionStrategy, Component, type OnInit, inject, input, signal } from '@angular/core';
import { FormAlert, TranslationService } from '@lumen/portal/core';
import type { AttachmentRef } from '@lumen/shared/contracts';
import { AfterSalesApi } from './after-sales.api';
import { Downloads } from './downloads';
import { formatSize } from './file-picker';
import { imageUrlOf } from './image-url';

/**
 * A message's files or a claim's photos: photos shown (fetched with the token, since an <img>
 * cannot send it), each file downloadable under its own name.
 */
@Component({
  selector: 'lt-attachments',
  imports: [FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="attachments">
      @for (file of attachments(); track file.id) {
        <li data-testid="attachment" [attr.data-file]="file.fileName">
          @if (images()[file.id]; as url) {
            <img [src]="url" [alt]="file.fileName" />
          }
          <button
            class="link"
            type="button"
            [disabled]="downloads.busy() === file.id"
            (click)="download(file)"
            data-testid="download-attachment"
          >
            {{ file.fileName }}
          </button>
          <span class="muted size">{{ size(file) }}</span>
        </li>
      }
    </ul>
    <lt-form-alert [message]="downloads.error()" />
  `,
  styles: `
    .attachments {
      list-style: none;
      padding: 0;
      margin: 0.5rem 0 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
    li {
      display: flex;
      flex-direction: column;
      gap: 0.2rem;
      max-width: 12rem;
      min-width: 0;
    }
    img {
      width: 12rem;
      max-width: 100%;
      height: 9rem;
      object-fit: cover;
      border-radius: var(--radius);
      border: 1px solid var(--border);
    }
    .link {
      overflow-wrap: anywhere;
    }
    .size {
      font-size: 0.8rem;
    }
  `,
})
export class AttachmentList implements OnInit {
  private readonly api = inject(AfterSalesApi);
  private readonly translations = inject(TranslationService);
  readonly attachments = input.required<readonly AttachmentRef[]>();
  protected readonly images = signal<Record<string, string>>({});
  protected readonly downloads = new Downloads();

  async ngOnInit(): Promise<void> {
    for (const file of this.attachments()) {
      if (!file.contentType.startsWith('image/')) continue;
      try {
        const url = await imageUrlOf(await this.api.attachment(file.id));
        this.images.update((images) => ({ ...images, [file.id]: url }));
      } catch {
        // No preview then; its name still downloads it and says what went wrong.
      }
    }
  }

  protected download(file: AttachmentRef): Promise<void> {
    return this.downloads.save(file.id, () => this.api.attachment(file.id), file.fileName);
  }

  protected size(file: AttachmentRef): string {
    return formatSize(file.sizeBytes, this.translations.locale());
  }
}
