import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslationService } from '@lumen/portal/core';
import type { CategoryNode } from '@lumen/shared/contracts';
import { categoryName } from './category-name';

/** The category tree beside the catalog: each entry is a link that keeps the other filters. */
@Component({
  selector: 'lt-category-tree',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './category-tree.html',
  styleUrl: './category-tree.css',
})
export class CategoryTree {
  private readonly translations = inject(TranslationService);
  readonly categories = input.required<CategoryNode[]>();
  /** The slug of the category shown, if any. */
  readonly active = input<string | undefined>();

  protected nameOf(category: CategoryNode): string {
    return categoryName(this.translations.locale(), category);
  }
}
