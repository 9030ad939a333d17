import { Accounts1763790000000 } from './1763790000000-Accounts';

/** Every migration, oldest first. A new one is added at the end. */
export const MIGRATIONS = [Accounts1763790000000];
