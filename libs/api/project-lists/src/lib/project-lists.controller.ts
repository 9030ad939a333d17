import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Patch,
  Post,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, Can, CurrentUser, IdParam } from '@lumen/api/core';
import type { ProjectListDetail, ProjectListSummary } from '@lumen/shared/contracts';
import type { Response } from 'express';
import {
  AddProjectListItemDto,
  CopyProjectListDto,
  CreateProjectListDto,
  UpdateProjectListDto,
  UpdateProjectListItemDto,
} from './dto/project-list.dto';
import { CustomerOnlyGuard } from './customer-scope';
import { csvFileName, projectListCsv } from './project-list-csv';
import { ProjectListsService } from './project-lists.service';

/** Everyone in the company reads lists; `projectLists.manage` edits them (PRODUCT.md §5). */
@ApiTags('project lists')
@ApiBearerAuth()
@Controller('project-lists')
@Can('read', 'ProjectList')
@UseGuards(CustomerOnlyGuard)
export class ProjectListsController {
  constructor(private readonly lists: ProjectListsService) {}

  @Get()
  list(@CurrentUser() user: AuthenticatedUser): Promise<ProjectListSummary[]> {
    return this.lists.list(user);
  }

  @Post()
  @Can('create', 'ProjectList')
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: CreateProjectListDto,
  ): Promise<ProjectListDetail> {
    return this.lists.create(user, dto);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthenticatedUser, @IdParam('Project list') id: string): Promise<ProjectListDetail> {
    return this.lists.get(user, id);
  }

  @Patch(':id')
  @Can('update', 'ProjectList')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Project list') id: string,
    @Body() dto: UpdateProjectListDto,
  ): Promise<ProjectListDetail> {
    return this.lists.update(user, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Can('delete', 'ProjectList')
  remove(@CurrentUser() user: AuthenticatedUser, @IdParam('Project list') id: string): Promise<void> {
    return this.lists.remove(user, id);
  }

  @Post(':id/items')
  @Can('update', 'ProjectList')
  @ApiOperation({ summary: 'Add a product; a product already on the list has its quantity raised' })
  addItem(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Project list') id: string,
    @Body() dto: AddProjectListItemDto,
  ): Promise<ProjectListDetail> {
    return this.lists.addItem(user, id, dto);
  }

  @Patch(':id/items/:itemId')
  @Can('update', 'ProjectList')
  updateItem(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Project list') id: string,
    @IdParam('Project-list item', 'itemId') itemId: string,
    @Body() dto: UpdateProjectListItemDto,
  ): Promise<ProjectListDetail> {
    return this.lists.updateItem(user, id, itemId, dto);
  }

  @Delete(':id/items/:itemId')
  @Can('update', 'ProjectList')
  removeItem(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Project list') id: string,
    @IdParam('Project-list item', 'itemId') itemId: string,
  ): Promise<ProjectListDetail> {
    return this.lists.removeItem(user, id, itemId);
  }

  @Post(':id/copy')
  @Can('create', 'ProjectList')
  copy(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Project list') id: string,
    @Body() dto: CopyProjectListDto,
  ): Promise<ProjectListDetail> {
    return this.lists.copy(user, id, dto.name);
  }

  @Get(':id/export.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'The list as CSV for Excel: `;`-separated, UTF-8 with BOM' })
  async exportCsv(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Project list') id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const list = await this.lists.get(user, id);
    response.setHeader('content-disposition', `attachment; filename="${csvFileName(list)}"`);
    return projectListCsv(list);
  }
}
