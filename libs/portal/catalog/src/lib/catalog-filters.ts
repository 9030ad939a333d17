import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@lumen/portal/core';
import type { CatalogForm } from './catalog-query';

const KELVINS = [2700, 3000, 4000, 5000];
const IP_RATINGS = ['IP20', 'IP44', 'IP54', 'IP65', 'IP66', 'IP67'];

/** The lighting filters of the catalog; every change applies at once. */
@Component({
  selector: 'lt-catalog-filters',
  imports: [ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './catalog-filters.html',
  styleUrl: './catalog-filters.css',
})
export class CatalogFilters {
  /** The page's form, shared with the search box (see `catalogForm`). */
  readonly form = input.required<CatalogForm>();
  readonly applied = output();
  readonly cleared = output();

  protected readonly kelvins = KELVINS;
  protected readonly ipRatings = IP_RATINGS;
}
