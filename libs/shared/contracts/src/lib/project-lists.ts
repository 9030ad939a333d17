import type { ProductSummary } from './catalog';

export const PROJECT_LIST_NAME_MAX = 120;
export const PROJECT_LIST_TEXT_MAX = 2000;
export const PROJECT_LIST_QUANTITY_MAX = 100_000;

/** A list as the lists page and the header's project-list menu show it. */
export interface ProjectListSummary {
  id: string;
  name: string;
  projectReference: string | null;
  description: string | null;
  /** Number of distinct products. */
  itemCount: number;
  /** Sum of the quantities. */
  totalQuantity: number;
  /** At the company's current tier prices, excl. VAT. */
  totalOre: number;
  totalInclVatOre: number;
  createdAt: string;
  updatedAt: string;
}

export interface ProjectListLine {
  /** The item's id, for PATCH/DELETE `/api/project-lists/:id/items/:itemId`. */
  id: string;
  product: ProductSummary;
  quantity: number;
  note: string | null;
  /** Unit price (tier) × quantity, excl. VAT. */
  lineTotalOre: number;
}

export interface ProjectListDetail extends ProjectListSummary {
  items: ProjectListLine[];
}

export interface CreateProjectListRequest {
  name: string;
  projectReference?: string | null;
  description?: string | null;
}

export type UpdateProjectListRequest = Partial<CreateProjectListRequest>;

/** Adding a product already on the list raises its quantity by `quantity`. */
export interface AddProjectListItemRequest {
  sku: string;
  quantity: number;
  note?: string | null;
}

export interface UpdateProjectListItemRequest {
  quantity?: number;
  note?: string | null;
}

export interface CopyProjectListRequest {
  /** Defaults to "<name> (copy)". */
  name?: string;
}

export interface CreateQuoteRequestRequest {
  message?: string | null;
}
