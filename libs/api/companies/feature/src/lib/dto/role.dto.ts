import { ApiProperty } from '@nestjs/swagger';
import type { CreateRoleRequest, UpdateRoleRequest } from '@lumen/shared/contracts';
import { PERMISSIONS, type Permission } from '@lumen/shared/permissions';
import { PatchType, Trim } from '@lumen/api/core';
import { ArrayUnique, IsArray, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** A custom role: a name and permissions from the catalogue, nothing else. */
export class CreateRoleDto implements CreateRoleRequest {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: PERMISSIONS, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(PERMISSIONS, {
    each: true,
    message: 'permissions must come from the permission catalogue',
  })
  permissions: Permission[];
}

export class UpdateRoleDto extends PatchType(CreateRoleDto) implements UpdateRoleRequest {}
