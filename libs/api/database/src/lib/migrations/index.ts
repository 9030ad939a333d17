import { Accounts1763790000000 } from './1763790000000-Accounts';
import { Catalog1763810000000 } from './1763810000000-Catalog';
import { CatalogChangeNotify1763810000001 } from './1763810000001-CatalogChangeNotify';
import { CartAndOrders1763830000000 } from './1763830000000-CartAndOrders';
import { ProjectListsAndQuotes1763820000000 } from './1763820000000-ProjectListsAndQuotes';
import { QuickOrderChecks1764590000000 } from './1764590000000-QuickOrderChecks';
import { LoginThrottlePerAccountAndAddress1796156000000 } from './1796156000000-LoginThrottlePerAccountAndAddress';
import { Fulfilment1796160000000 } from './1796160000000-Fulfilment';
import { OrderSearchIndexes1796900000000 } from './1796900000000-OrderSearchIndexes';
import { OutboxRenderedAttachments1796910000000 } from './1796910000000-OutboxRenderedAttachments';
import { OrderStatusCounts1796900000001 } from './1796900000001-OrderStatusCounts';
import { CompanyOrderCounts1796920000000 } from './1796920000000-CompanyOrderCounts';
import { BankFiles1796930000000 } from './1796930000000-BankFiles';
import { InvoiceDueDateIndex1796930000001 } from './1796930000001-InvoiceDueDateIndex';
import { OpenOrderCounts1796940000000 } from './1796940000000-OpenOrderCounts';
import { InvoiceSellerSnapshot1796950000000 } from './1796950000000-InvoiceSellerSnapshot';
import { ServiceDesk1797000000000 } from './1797000000000-ServiceDesk';
import { AfterSales1797000000001 } from './1797000000001-AfterSales';
import { CatalogBackOffice1797000000002 } from './1797000000002-CatalogBackOffice';
import { PurchasingControls1797000000003 } from './1797000000003-PurchasingControls';
import { FrenchLanguage1797000000004 } from './1797000000004-FrenchLanguage';
import { CatalogImportSpeed1797000000005 } from './1797000000005-CatalogImportSpeed';

/** Every migration, oldest first. A new one is added at the end. */
export const MIGRATIONS = [
  Accounts1763790000000,
  Catalog1763810000000,
  CatalogChangeNotify1763810000001,
  ProjectListsAndQuotes1763820000000,
  CartAndOrders1763830000000,
  QuickOrderChecks1764590000000,
  LoginThrottlePerAccountAndAddress1796156000000,
  Fulfilment1796160000000,
  OrderSearchIndexes1796900000000,
  OrderStatusCounts1796900000001,
  OutboxRenderedAttachments1796910000000,
  CompanyOrderCounts1796920000000,
  BankFiles1796930000000,
  InvoiceDueDateIndex1796930000001,
  OpenOrderCounts1796940000000,
  InvoiceSellerSnapshot1796950000000,
  ServiceDesk1797000000000,
  AfterSales1797000000001,
  CatalogBackOffice1797000000002,
  PurchasingControls1797000000003,
  FrenchLanguage1797000000004,
  CatalogImportSpeed1797000000005,
];
