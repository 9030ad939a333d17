import { Column, Entity } from 'typeorm';
import { BaseEntity } from '@lumen/api/database';

/** A company's named collection of products for a building project (PRODUCT.md §5). */
@Entity('project_lists')
export class ProjectList extends BaseEntity {
  @Column('uuid')
  companyId: string;

  @Column('uuid', { nullable: true })
  createdByUserId: string | null;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  projectReference: string | null;

  @Column('text', { nullable: true })
  description: string | null;
}
