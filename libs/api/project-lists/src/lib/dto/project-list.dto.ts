import { IsSku, Nullable, Optional, PatchType, Quantity, Trim } from '@lumen/api/core';
import {
  type AddProjectListItemRequest,
  type CopyProjectListRequest,
  type CreateProjectListRequest,
  PROJECT_LIST_NAME_MAX,
  PROJECT_LIST_QUANTITY_MAX,
  PROJECT_LIST_TEXT_MAX,
  type UpdateProjectListItemRequest,
} from '@lumen/shared/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class CreateProjectListDto implements CreateProjectListRequest {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PROJECT_LIST_NAME_MAX)
  name: string;

  @Nullable()
  @Trim()
  @IsString()
  @MaxLength(PROJECT_LIST_NAME_MAX)
  projectReference?: string | null;

  @Nullable()
  @Trim()
  @IsString()
  @MaxLength(PROJECT_LIST_TEXT_MAX)
  description?: string | null;
}

export class UpdateProjectListDto extends PatchType(CreateProjectListDto) {}

export class CopyProjectListDto implements CopyProjectListRequest {
  @Optional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PROJECT_LIST_NAME_MAX)
  name?: string;
}

export class AddProjectListItemDto implements AddProjectListItemRequest {
  @IsSku()
  sku: string;

  @Quantity(PROJECT_LIST_QUANTITY_MAX)
  quantity: number;

  @Nullable()
  @Trim()
  @IsString()
  @MaxLength(PROJECT_LIST_TEXT_MAX)
  note?: string | null;
}

export class UpdateProjectListItemDto implements UpdateProjectListItemRequest {
  @Optional()
  @Quantity(PROJECT_LIST_QUANTITY_MAX)
  quantity?: number;

  @Nullable()
  @Trim()
  @IsString()
  @MaxLength(PROJECT_LIST_TEXT_MAX)
  note?: string | null;
}
