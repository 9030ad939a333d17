import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@lumen/api/catalog';
import { ProjectListItem } from './project-list-item.entity';
import { ProjectList } from './project-list.entity';
import { ProjectListsController } from './project-lists.controller';
import { ProjectListsService } from './project-lists.service';

/** Project lists (PRODUCT.md §5): CRUD, items, copy, CSV export, at tier prices. */
@Module({
  imports: [CatalogModule, TypeOrmModule.forFeature([ProjectList, ProjectListItem])],
  controllers: [ProjectListsController],
  providers: [ProjectListsService],
  exports: [ProjectListsService],
})
export class ProjectListsModule {}
