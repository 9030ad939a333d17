import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  model,
  signal,
  untracked,
} from '@angular/core';
import { INTL_LOCALE, type Locale, TranslatePipe, TranslationService } from '@lumen/portal/core';
import { imageUrlOf } from './image-url';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENTS_PER_MESSAGE_MAX,
  ATTACHMENT_TYPES,
  type AttachmentRef,
} from '@lumen/shared/contracts';

export type AttachmentType = AttachmentRef['contentType'];

/** Why the browser did not take a file: its kind, its size, or one too many. */
export interface Refusal {
  name: string;
  reason: 'type' | 'size' | 'count';
}

/**
 * The files chosen so far plus the new ones, each checked as the API will check it (type, size,
 * count), so a person learns at once; the API still reads each file's first bytes and decides.
 * The browser's type comes from the name, which is why this is a courtesy, not the check.
 */
export function pickFiles(
  current: readonly File[],
  added: readonly File[],
  types: readonly AttachmentType[],
): { files: File[]; refused: Refusal[] } {
  const files = [...current];
  const refused: Refusal[] = [];
  for (const file of added) {
    if (!(types as readonly string[]).includes(file.type)) refused.push({ name: file.name, reason: 'type' });
    else if (file.size > ATTACHMENT_MAX_BYTES) refused.push({ name: file.name, reason: 'size' });
    else if (files.length >= ATTACHMENTS_PER_MESSAGE_MAX) refused.push({ name: file.name, reason: 'count' });
    else files.push(file);
  }
  return { files, refused };
}

const TYPE_NAMES: Record<AttachmentType, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/pdf': 'PDF',
};

/** `2,4 MB` / `2.4 MB`, `350 kB`. */
export function formatSize(bytes: number, locale: Locale): string {
  const number = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024
    ? `${number.format(bytes / (1024 * 1024))} MB`
    : `${number.format(Math.max(1, Math.round(bytes / 1024)))} kB`;
}

/**
 * Chooses up to five files (photos as a preview, a PDF by its name), refusing in words what the
 * API would refuse: `<lt-file-picker [(files)]="photos" [types]="['image/jpeg','image/png']" />`.
 */
@Component({
  selector: 'lt-file-picker',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="field">
      <label [for]="inputId()">{{ label() | t }}</label>
      <input
        type="file"
        multiple
        [id]="inputId()"
        [accept]="types().join(',')"
        [disabled]="disabled() || files().length >= max"
        (change)="add($event)"
        data-testid="file-input"
      />
      <p class="field-hint">{{ 'afterSales.files.hint' | t: { types: typeNames(), count: max, mb: maxMb } }}</p>
      @for (refusal of refused(); track refusal.name) {
        <p class="field-error" role="alert" data-testid="file-refused">
          {{
            'afterSales.files.refused.' + refusal.reason
              | t: { name: refusal.name, types: typeNames(), count: max, mb: maxMb }
          }}
        </p>
      }
      @if (files().length) {
        <ul class="files">
          @for (file of files(); track file) {
            <li data-testid="picked-file">
              @if (previews().get(file); as url) {
                <img [src]="url" alt="" />
              } @else {
                <span class="thumb">{{ typeName(file) }}</span>
              }
              <span class="name">{{ file.name }}</span>
              <span class="muted size">{{ size(file) }}</span>
              <button
                class="link"
                type="button"
                [disabled]="disabled()"
                (click)="remove(file)"
                data-testid="remove-file"
              >
                {{ 'afterSales.files.remove' | t }}
              </button>
            </li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    .files {
      list-style: none;
      margin: 0.5rem 0 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 0.4rem;
    }
    .files li {
      display: flex;
      align-items: center;
      gap: 0.6rem;
      min-width: 0;
    }
    img,
    .thumb {
      width: 3rem;
      height: 3rem;
      flex: none;
      object-fit: cover;
      border-radius: var(--radius);
      border: 1px solid var(--border);
    }
    .thumb {
      display: grid;
      place-items: center;
      font-size: 0.75rem;
      background: var(--surface-muted);
    }
    .name {
      overflow-wrap: anywhere;
      min-width: 0;
    }
    .size {
      white-space: nowrap;
      font-size: 0.85rem;
    }
    input[type='file'] {
      max-width: 100%;
    }
  `,
})
export class FilePicker {
  private readonly translations = inject(TranslationService);
  readonly files = model<readonly File[]>([]);
  readonly types = input<readonly AttachmentType[]>(ATTACHMENT_TYPES);
  /** The field's label, a translation key. */
  readonly label = input.required<string>();
  readonly inputId = input.required<string>();
  readonly disabled = input(false);
  protected readonly max = ATTACHMENTS_PER_MESSAGE_MAX;
  protected readonly maxMb = ATTACHMENT_MAX_BYTES / (1024 * 1024);
  protected readonly refused = signal<Refusal[]>([]);
  protected readonly typeNames = computed(() =>
    this.types()
      .map((type) => TYPE_NAMES[type])
      .join(', '),
  );
  /** Previews of the chosen images, by file; a file that leaves the list leaves the map. */
  protected readonly previews = signal<ReadonlyMap<File, string>>(new Map());

  constructor() {
    effect(() => {
      const images = this.files().filter((file) => file.type.startsWith('image/'));
      untracked(() => {
        const previous = this.previews();
        this.previews.set(new Map([...previous].filter(([file]) => images.includes(file))));
        for (const file of images) if (!previous.has(file)) void this.preview(file);
      });
    });
  }

  private async preview(file: File): Promise<void> {
    try {
      const url = await imageUrlOf(file);
      // Removed while it was read: no preview to keep.
      if (this.files().includes(file)) this.previews.update((previews) => new Map(previews).set(file, url));
    } catch {
      // No preview then; the name and size still say which file it is.
    }
  }

  protected add(event: Event): void {
    const input = event.target as HTMLInputElement;
    const { files, refused } = pickFiles(this.files(), Array.from(input.files ?? []), this.types());
    this.files.set(files);
    this.refused.set(refused);
    // Cleared, so choosing the same file again after removing it is a change too.
    input.value = '';
  }

  protected remove(file: File): void {
    this.files.update((files) => files.filter((one) => one !== file));
    this.refused.set([]);
  }

  protected typeName(file: File): string {
    return TYPE_NAMES[file.type as AttachmentType] ?? '';
  }

  protected size(file: File): string {
    return formatSize(file.size, this.translations.locale());
  }
}
