import { Nullable, Optional, Trim } from '@lumen/api/core';
import type { CreateCategoryRequest, UpdateCategoryRequest } from '@lumen/shared/contracts';
import { IsInt, IsString, IsUUID, Length, Matches, MaxLength, Max, Min } from 'class-validator';

const NAME_MAX = 80;
/** More siblings than any shop has; a position past the last means "last". */
const POSITION_MAX = 10_000;

export class CreateCategoryDto implements CreateCategoryRequest {
  @Trim()
  @IsString()
  @Length(1, NAME_MAX)
  name!: string;

  @Trim()
  @IsString()
  @Length(1, NAME_MAX)
  nameEn!: string;

  @Optional()
  @IsString()
  @MaxLength(NAME_MAX)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: '$property must be lower-case letters, digits and single dashes' })
  slug?: string;

  @Nullable()
  @IsUUID()
  parentId?: string | null;

  @Optional()
  @IsInt()
  @Min(0)
  @Max(POSITION_MAX)
  position?: number;
}

export class UpdateCategoryDto implements UpdateCategoryRequest {
  @Optional()
  @Trim()
  @IsString()
  @Length(1, NAME_MAX)
  name?: string;

  @Optional()
  @Trim()
  @IsString()
  @Length(1, NAME_MAX)
  nameEn?: string;

  @Nullable()
  @IsUUID()
  parentId?: string | null;

  @Optional()
  @IsInt()
  @Min(0)
  @Max(POSITION_MAX)
  position?: number;
}
