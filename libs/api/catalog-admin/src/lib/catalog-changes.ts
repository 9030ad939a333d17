import { Injectable } from '@nestjs/common';
import { CatalogService } from '@lumen/api/catalog';

/**
 * What the back office does after every committed change: this instance's cached search
 * rankings and category tree go at once, so the very next search, price, list, quote or quick
 * order sees the change. Other instances hear the products/categories trigger's NOTIFY
 * (`CatalogChangeListener`); prices themselves are never cached.
 */
@Injectable()
export class CatalogChanges {
  constructor(private readonly catalog: CatalogService) {}

  committed(): void {
    this.catalog.forgetSearches();
  }
}
