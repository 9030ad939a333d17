import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAnswer, ApiErrors, type AuthenticatedUser, Can, CurrentUser, IdParam } from '@lumen/api/core';
import type { StaffCategoryNode } from '@lumen/shared/contracts';
import { CategoryTreeService } from './category-tree.service';
import { CreateCategoryDto, UpdateCategoryDto } from './dto/category.dto';

/** The category tree: every staff member reads it; only the shop admin edits it. */
@ApiTags('catalog (staff)')
@ApiBearerAuth()
@Controller('staff/categories')
export class CategoryTreeController {
  constructor(private readonly categories: CategoryTreeService) {}

  @Get()
  @Can('read', 'StaffArea')
  @ApiOperation({ summary: 'The whole category tree, siblings in order, with the products directly in each' })
  @ApiAnswer(['StaffCategoryNode'])
  tree(): Promise<StaffCategoryNode[]> {
    return this.categories.tree();
  }

  @Post()
  @Can('create', 'Category')
  @ApiOperation({ summary: 'Shop admin: add a category (nb + en names) under a parent or at the root (audited)' })
  @ApiAnswer('StaffCategoryNode')
  @ApiErrors({ 409: '`conflict`: the slug is taken', 422: '`category_not_found`: no such parent' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() dto: CreateCategoryDto): Promise<StaffCategoryNode> {
    return this.categories.create(user, dto);
  }

  @Patch(':id')
  @Can('update', 'Category')
  @ApiOperation({
    summary: 'Shop admin: rename (nb + en), move under another parent, reorder among siblings (audited)',
  })
  @ApiAnswer('StaffCategoryNode')
  @ApiErrors({
    422: '`category_not_found`: no such parent; `category_cycle`: not below itself or one of its sub-categories',
  })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Category') id: string,
    @Body() dto: UpdateCategoryDto,
  ): Promise<StaffCategoryNode> {
    return this.categories.update(user, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Can('delete', 'Category')
  @ApiOperation({ summary: 'Shop admin: delete an empty category (audited)' })
  @ApiErrors({ 409: '`category_not_empty`: it holds products or sub-categories; move them first' })
  delete(@CurrentUser() user: AuthenticatedUser, @IdParam('Category') id: string): Promise<void> {
    return this.categories.delete(user, id);
  }
}
