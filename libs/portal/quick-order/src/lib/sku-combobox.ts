import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MoneyPipe, LocalDatePipe, TranslatePipe } from '@lumen/portal/core';
import type { ProductSummary } from '@lumen/shared/contracts';
import { Subject, catchError, debounceTime, distinctUntilChanged, from, of, switchMap } from 'rxjs';
import { QuickOrderApi } from './quick-order.api';

/** Typed characters before the catalogue is asked. */
const MIN_QUERY_LENGTH = 2;
let nextId = 0;

/**
 * An article-number field that suggests products as you type, after the ARIA 1.2 combobox
 * pattern (list autocomplete, manual selection): the input keeps focus and names the active
 * option with `aria-activedescendant`; ↓/↑ move through the list (↓ opens it), Enter takes the
 * active product, Escape closes the list (and clears the field when it is already closed).
 * Each option shows what the buyer decides by — name, price and stock — which the browser's
 * datalist could not.
 */
@Component({
  selector: 'lt-sku-combobox',
  imports: [MoneyPipe, LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sku-combobox.html',
  styleUrl: './sku-combobox.css',
})
export class SkuCombobox {
  private readonly api = inject(QuickOrderApi);
  readonly value = input('');
  readonly label = input.required<string>();
  readonly testId = input<string | null>(null);
  readonly valueChange = output<string>();

  protected readonly listboxId = `sku-listbox-${++nextId}`;
  protected readonly options = signal<ProductSummary[]>([]);
  protected readonly open = signal(false);
  /** Index of the active option, -1 when none is. */
  protected readonly active = signal(-1);
  protected readonly expanded = computed(() => this.open() && this.options().length > 0);
  protected readonly activeId = computed(() =>
    this.expanded() && this.active() >= 0 ? this.optionId(this.active()) : null,
  );
  private readonly typed = new Subject<string>();

  constructor() {
    this.typed
      .pipe(
        debounceTime(200),
        distinctUntilChanged(),
        switchMap((query) =>
          query.length < MIN_QUERY_LENGTH ? of([]) : from(this.api.suggest(query)).pipe(catchError(() => of([]))),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((options) => {
        this.options.set(options);
        this.active.set(-1);
      });
  }

  protected optionId(index: number): string {
    return `${this.listboxId}-${index}`;
  }

  protected typedText(text: string): void {
    this.valueChange.emit(text);
    this.open.set(true);
    this.typed.next(text.trim().toUpperCase());
  }

  protected keydown(event: KeyboardEvent): void {
    const count = this.options().length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.expanded()) {
          this.open.set(true);
          this.active.set(count > 0 ? 0 : -1);
        } else this.active.set((this.active() + 1) % count);
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (!this.expanded()) {
          this.open.set(true);
          this.active.set(count - 1);
        } else this.active.set(this.active() <= 0 ? count - 1 : this.active() - 1);
        return;
      case 'Enter':
        if (this.expanded() && this.active() >= 0) {
          // Enter takes the product; it must not also submit a surrounding form.
          event.preventDefault();
          this.choose(this.options()[this.active()]);
        }
        return;
      case 'Escape':
        event.preventDefault();
        if (this.expanded()) this.close();
        else if (this.value()) this.valueChange.emit('');
        return;
    }
  }

  protected choose(product: ProductSummary): void {
    this.valueChange.emit(product.sku);
    this.close();
  }

  protected close(): void {
    this.open.set(false);
    this.active.set(-1);
  }
}
