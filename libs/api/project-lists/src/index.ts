export * from './lib/project-list-item.entity';
export * from './lib/project-list.entity';
export * from './lib/project-lists.module';
export * from './lib/project-lists.service';
