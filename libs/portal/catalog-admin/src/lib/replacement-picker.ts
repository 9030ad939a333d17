import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@lumen/portal/core';
import type { StaffProduct } from '@lumen/shared/contracts';
import { normaliseSku } from '@lumen/shared/domain';
import { Subject, catchError, debounceTime, distinctUntilChanged, from, of, startWith, switchMap } from 'rxjs';
import { CatalogAdminApi } from './catalog-admin.api';

const SEARCH_SIZE = 8;

/**
 * What may replace product `ownSku`: active products other than itself. The API asked for
 * active ones already; this holds even if an answer carries others (the rule the API enforces
 * on save, so the picker never offers what the save would refuse).
 */
export function replacementCandidates(products: StaffProduct[], ownSku: string): StaffProduct[] {
  const own = normaliseSku(ownSku);
  return products.filter((product) => product.lifecycle === 'active' && normaliseSku(product.sku) !== own);
}

/**
 * The replacement of an end-of-life product: the chosen SKU, and a search that offers only
 * active products (never the product itself) to choose from.
 */
@Component({
  selector: 'lt-replacement-picker',
  imports: [ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './replacement-picker.html',
  styleUrl: './replacement-picker.css',
})
export class ReplacementPicker {
  private readonly api = inject(CatalogAdminApi);
  /** The form's `replacementSku`. */
  readonly control = input.required<FormControl<string>>();
  /** The product being edited, which cannot replace itself. */
  readonly ownSku = input('');
  readonly readOnly = input(false);

  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly candidates = signal<StaffProduct[] | null>(null);
  /** Follows the control, so a value set by the form (on load) shows too. */
  protected readonly chosen = toSignal(
    toObservable(this.control).pipe(switchMap((control) => control.valueChanges.pipe(startWith(control.value)))),
    { initialValue: '' },
  );
  private readonly typed = new Subject<string>();

  constructor() {
    this.search.valueChanges.pipe(takeUntilDestroyed()).subscribe((text) => this.typed.next(text.trim()));
    this.typed
      .pipe(
        debounceTime(250),
        distinctUntilChanged(),
        switchMap((q) =>
          q.length < 2
            ? of(null)
            : from(this.api.products({ q, lifecycle: 'active', pageSize: SEARCH_SIZE })).pipe(
                catchError(() => of(null)),
              ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((page) => this.candidates.set(page ? replacementCandidates(page.items, this.ownSku()) : null));
  }

  protected choose(product: StaffProduct): void {
    const control = this.control();
    control.setValue(product.sku);
    control.markAsDirty();
    this.search.setValue('', { emitEvent: false });
    this.candidates.set(null);
  }

  protected clear(): void {
    const control = this.control();
    control.setValue('');
    control.markAsDirty();
  }
}
