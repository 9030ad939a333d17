import { Body, Controller, Delete, Get, Header, HttpCode, Patch, Post, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { priceAudienceOf } from '@lumen/api/catalog';
import {
  ApiAnswer,
  ApiFileAnswer,
  type AuthenticatedUser,
  Can,
  type CompanyScope,
  CurrentCompanyScope,
  CurrentUser,
  CustomerOnlyGuard,
  IdParam,
} from '@lumen/api/core';
import type { ProjectListDetail, ProjectListSummary } from '@lumen/shared/contracts';
import type { FastifyReply } from 'fastify';
import {
  AddProjectListItemDto,
  CopyProjectListDto,
  CreateProjectListDto,
  UpdateProjectListDto,
  UpdateProjectListItemDto,
} from './dto/project-list.dto';
import { csvFileName, projectListCsv } from './project-list-csv';
import { ProjectListsService } from './project-lists.service';

/** Everyone in the company reads lists; `projectLists.manage` edits them (PRODUCT.md §5). */
@ApiTags('project lists')
@Controller('project-lists')
@Can('read', 'ProjectList')
@UseGuards(CustomerOnlyGuard)
export class ProjectListsController {
  constructor(private readonly lists: ProjectListsService) {}

  @Get()
  @ApiOperation({ summary: "The company's project lists with item counts and totals at today's tier prices" })
  @ApiAnswer(['ProjectListSummary'])
  list(
    @CurrentCompanyScope() scope: CompanyScope,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ProjectListSummary[]> {
    return this.lists.list(scope, priceAudienceOf(user));
  }

  @Post()
  @Can('create', 'ProjectList')
  @ApiOperation({ summary: 'Create an empty project list' })
  @ApiAnswer('ProjectListDetail')
  create(@CurrentCompanyScope() scope: CompanyScope, @Body() dto: CreateProjectListDto): Promise<ProjectListDetail> {
    return this.lists.create(scope, dto);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One list with its products at tier prices' })
  @ApiAnswer('ProjectListDetail')
  get(
    @CurrentCompanyScope() scope: CompanyScope,
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Project list') id: string,
  ): Promise<ProjectListDetail> {
    return this.lists.get(scope, priceAudienceOf(user), id);
  }

  @Patch(':id')
  @Can('update', 'ProjectList')
  @ApiOperation({ summary: 'Rename a list or change its project reference and description' })
  @ApiAnswer('ProjectListDetail')
  update(
    @CurrentCompanyScope() scope: CompanyScope,
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Project list') id: string,
    @Body() dto: UpdateProjectListDto,
  ): Promise<ProjectListDetail> {
    return this.lists.update(scope, priceAudienceOf(user), id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Can('delete', 'ProjectList')
  @ApiOperation({ summary: 'Delete a list and its items' })
  remove(@CurrentCompanyScope() scope: CompanyScope, @IdParam('Project list') id: string): Promise<void> {
    return this.lists.remove(scope, id);
  }

  @Post(':id/items')
  @Can('update', 'ProjectList')
  @ApiOperation({ summary: 'Add a product; a product already on the list has its quantity raised' })
  @ApiAnswer('ProjectListDetail')
  addItem(
    @CurrentCompanyScope() scope: CompanyScope,
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Project list') id: string,
    @Body() dto: AddProjectListItemDto,
  ): Promise<ProjectListDetail> {
    return this.lists.addItem(scope, priceAudienceOf(user), id, dto);
  }

  @Patch(':id/items/:itemId')
  @Can('update', 'ProjectList')
  @ApiOperation({ summary: "Change an item's quantity or note" })
  @ApiAnswer('ProjectListDetail')
  updateItem(
    @CurrentCompanyScope() scope: CompanyScope,
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Project list') id: string,
    @IdParam('Project-list item', 'itemId') itemId: string,
    @Body() dto: UpdateProjectListItemDto,
  ): Promise<ProjectListDetail> {
    return this.lists.updateItem(scope, priceAudienceOf(user), id, itemId, dto);
  }

  @Delete(':id/items/:itemId')
  @Can('update', 'ProjectList')
  @ApiOperation({ summary: 'Remove an item from the list' })
  @ApiAnswer('ProjectListDetail')
  removeItem(
    @CurrentCompanyScope() scope: CompanyScope,
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Project list') id: string,
    @IdParam('Project-list item', 'itemId') itemId: string,
  ): Promise<ProjectListDetail> {
    return this.lists.removeItem(scope, priceAudienceOf(user), id, itemId);
  }

  @Post(':id/copy')
  @Can('create', 'ProjectList')
  @ApiOperation({ summary: 'Copy a list with its items, by default as "<name> (copy)"' })
  @ApiAnswer('ProjectListDetail')
  copy(
    @CurrentCompanyScope() scope: CompanyScope,
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Project list') id: string,
    @Body() dto: CopyProjectListDto,
  ): Promise<ProjectListDetail> {
    return this.lists.copy(scope, priceAudienceOf(user), id, dto.name);
  }

  @Get(':id/export.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'The list as CSV for Excel: `;`-separated, UTF-8 with BOM' })
  @ApiFileAnswer('text/csv')
  async exportCsv(
    @CurrentCompanyScope() scope: CompanyScope,
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Project list') id: string,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<string> {
    const list = await this.lists.get(scope, priceAudienceOf(user), id);
    response.header('content-disposition', `attachment; filename="${csvFileName(list)}"`);
    return projectListCsv(list);
  }
}
