import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@lumen/api/database';
import type { ProductLifecycle, StockStatus } from '@lumen/shared/contracts';
import { Category } from './category.entity';

/** numeric columns arrive as strings from pg; lighting data are plain numbers. */
const numericAsNumber = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * A catalog product. List price is integer øre excl. VAT; the customer's price is never
 * stored here but computed by `CatalogPricing` with the tier rule of `@lumen/shared/domain`.
 */
@Entity('products')
export class Product extends BaseEntity {
  @Column('text')
  sku: string;

  @Column('text')
  name: string;

  @Column('text')
  description: string;

  /** Space-separated search words beside the name (e.g. "spot innfelt takspot"). */
  @Column('text')
  keywords: string;

  @Column('uuid')
  categoryId: string;

  @ManyToOne(() => Category)
  @JoinColumn({ name: 'category_id' })
  category?: Category;

  @Column('text')
  brand: string;

  @Column('bigint')
  listPriceOre: number;

  @Column('numeric', {
    precision: 7,
    scale: 1,
    nullable: true,
    transformer: numericAsNumber,
  })
  wattage: number | null;

  @Column('integer', { nullable: true })
  lumen: number | null;

  @Column('integer', { nullable: true })
  colourTemperatureK: number | null;

  @Column('smallint', { nullable: true })
  cri: number | null;

  @Column('text', { nullable: true })
  ipRating: string | null;

  @Column('smallint', { nullable: true })
  beamAngle: number | null;

  @Column('boolean', { nullable: true })
  dimmable: boolean | null;

  @Column('text')
  stockStatus: StockStatus;

  /** Set exactly when `stockStatus` is `supplier_date_confirmed` (YYYY-MM-DD). */
  @Column('date', { nullable: true })
  stockDate: string | null;

  @Column('boolean')
  bulky: boolean;

  /** Net-priced products take no tier discount. */
  @Column('boolean')
  netPriced: boolean;

  @Column('text')
  lifecycle: ProductLifecycle;

  @Column('text', { nullable: true })
  replacementSku: string | null;
}
