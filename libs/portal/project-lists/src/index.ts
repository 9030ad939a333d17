export * from './lib/add-to-project-list';
export * from './lib/project-lists-header-icon';
export * from './lib/project-lists.api';
export * from './lib/project-lists.routes';
export * from './lib/project-lists.translations';
