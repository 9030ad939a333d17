import { Optional, PageQueryDto } from '@lumen/api/core';
import {
  CATALOG_EXPORT_HEADER_LANGUAGES,
  CATALOG_IMPORT_MODES,
  CATALOG_IMPORT_REPORT_VIEWS,
  type CatalogExportHeaderLanguage,
  type CatalogExportQuery,
  type CatalogImportMode,
  type CatalogImportReportQuery,
  type CatalogImportReportView,
} from '@lumen/shared/contracts';
import { IsIn } from 'class-validator';

/** `POST /api/staff/products/import?mode=`: no default, so an apply is never made by leaving it out. */
export class CatalogImportModeDto {
  @IsIn(CATALOG_IMPORT_MODES)
  mode!: CatalogImportMode;
}

export class CatalogImportReportQueryDto extends PageQueryDto implements CatalogImportReportQuery {
  @Optional()
  @IsIn(CATALOG_IMPORT_REPORT_VIEWS)
  view?: CatalogImportReportView;
}

export class CatalogExportQueryDto implements CatalogExportQuery {
  @Optional()
  @IsIn(CATALOG_EXPORT_HEADER_LANGUAGES)
  headers?: CatalogExportHeaderLanguage;
}
