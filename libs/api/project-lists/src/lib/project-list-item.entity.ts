import { Column, Entity } from 'typeorm';
import { BaseEntity } from '@lumen/api/database';

/** One product on a list; a product appears once per list (adding it again raises the quantity). */
@Entity('project_list_items')
export class ProjectListItem extends BaseEntity {
  @Column('uuid')
  listId: string;

  @Column('uuid')
  productId: string;

  @Column('integer')
  quantity: number;

  @Column('text', { nullable: true })
  note: string | null;
}
