import { Column, Entity } from 'typeorm';
import { BaseEntity } from '@lumen/api/database';

/** A node of the category tree (Indoor › Downlights); names in bokmål and English. */
@Entity('categories')
export class Category extends BaseEntity {
  @Column('uuid', { nullable: true })
  parentId: string | null;

  @Column('text')
  slug: string;

  @Column('text')
  name: string;

  @Column('text')
  nameEn: string;

  @Column('integer')
  sortOrder: number;
}
