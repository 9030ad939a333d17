import { Controller, Delete, Get, Param, Post, Res, UseInterceptors, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, type ApiBodyOptions, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MEDIA_STORAGE_PREFIX } from '@lumen/api/catalog';
import {
  ApiAnswer,
  ApiErrors,
  ApiFileAnswer,
  AppError,
  type AuthenticatedUser,
  Can,
  CurrentUser,
  FILE_STORAGE,
  type FileStorage,
  IdParam,
  UploadedPart,
  Public,
} from '@lumen/api/core';
import { PRODUCT_DATASHEET_MAX_BYTES, PRODUCT_IMAGE_MAX_BYTES, type StaffProduct } from '@lumen/shared/contracts';
import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';
import { ProductMediaService } from './product-media.service';
import { fileUpload, requireFile } from './upload';

const FILE_BODY: ApiBodyOptions = {
  schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
};

/** A product's image and datasheet, set and removed by the shop admin. */
@ApiTags('catalog (staff)')
@ApiBearerAuth()
@Controller('staff/products/:id')
export class ProductMediaController {
  constructor(private readonly media: ProductMediaService) {}

  @Post('image')
  @Can('update', 'Product')
  @ApiOperation({
    summary:
      'Shop admin: set the product image (JPEG, PNG or WebP by content, ≤ 10 MB; resized to thumbnail and detail)',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @ApiAnswer('StaffProduct')
  @ApiErrors({ 413: '`file_too_large`', 422: '`file_type_not_allowed`: not a readable JPEG, PNG or WebP image' })
  @UseInterceptors(fileUpload(PRODUCT_IMAGE_MAX_BYTES))
  setImage(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Product') id: string,
    @UploadedPart() file: UploadedPart | undefined,
  ): Promise<StaffProduct> {
    return this.media.setImage(user, id, requireFile(file).buffer);
  }

  @Delete('image')
  @Can('update', 'Product')
  @ApiOperation({ summary: 'Shop admin: remove the product image (the catalog shows its placeholder)' })
  @ApiAnswer('StaffProduct')
  removeImage(@CurrentUser() user: AuthenticatedUser, @IdParam('Product') id: string): Promise<StaffProduct> {
    return this.media.remove(user, id, 'image');
  }

  @Post('datasheet')
  @Can('update', 'Product')
  @ApiOperation({ summary: 'Shop admin: set the datasheet (a PDF by content, ≤ 20 MB)' })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @ApiAnswer('StaffProduct')
  @ApiErrors({ 413: '`file_too_large`', 422: '`file_type_not_allowed`: not a PDF' })
  @UseInterceptors(fileUpload(PRODUCT_DATASHEET_MAX_BYTES))
  setDatasheet(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Product') id: string,
    @UploadedPart() file: UploadedPart | undefined,
  ): Promise<StaffProduct> {
    return this.media.setDatasheet(user, id, requireFile(file).buffer);
  }

  @Delete('datasheet')
  @Can('update', 'Product')
  @ApiOperation({ summary: 'Shop admin: remove the datasheet' })
  @ApiAnswer('StaffProduct')
  removeDatasheet(@CurrentUser() user: AuthenticatedUser, @IdParam('Product') id: string): Promise<StaffProduct> {
    return this.media.remove(user, id, 'datasheet');
  }
}

/** `<sha256>-thumbnail.webp`, `<sha256>-detail.webp`, `<sha256>.pdf`: nothing else is served. */
const MEDIA_NAME = /^[0-9a-f]{64}(-(thumbnail|detail)\.webp|\.pdf)$/;

/**
 * Product media for everyone who browses the catalog. Names are content hashes, so a file
 * never changes under its name: cached a year, immutable.
 */
@ApiTags('catalog')
@Public()
@Controller('media')
export class MediaController {
  constructor(@Inject(FILE_STORAGE) private readonly storage: FileStorage) {}

  @Get(':name')
  @ApiOperation({
    summary: 'A product image (WebP) or datasheet (PDF) by its content-addressed name, cached for a year',
  })
  @ApiFileAnswer('image/webp')
  async file(@Param('name') name: string, @Res() reply: FastifyReply): Promise<void> {
    if (!MEDIA_NAME.test(name)) throw AppError.notFound('Media file');
    const stream = this.storage.read(MEDIA_STORAGE_PREFIX + name);
    await opened(stream).catch((error: NodeJS.ErrnoException) => {
      stream.destroy();
      if (error.code === 'ENOENT') throw AppError.notFound('Media file');
      throw error;
    });
    reply
      .header('Content-Type', name.endsWith('.pdf') ? 'application/pdf' : 'image/webp')
      .header('Cache-Control', 'public, max-age=31536000, immutable')
      .send(stream);
  }
}

/** Resolves once the store has the file open (its first bytes or its end), rejects if it has none. */
function opened(stream: Readable): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('readable', () => resolve());
    stream.once('error', reject);
  });
}
