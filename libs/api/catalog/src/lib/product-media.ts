import type { ProductImage } from '@lumen/shared/contracts';

/** Where `GET /api/media/:name` serves media from; every name is the hash of its content. */
const MEDIA_URL_PREFIX = '/api/media/';
/** The file store's folder for product media. */
export const MEDIA_STORAGE_PREFIX = 'media/';

/** The renditions an uploaded image is stored as (longest side in pixels), all WebP. */
export const IMAGE_RENDITIONS = ['thumbnail', 'detail'] as const;
export type ImageRendition = (typeof IMAGE_RENDITIONS)[number];

/** `<hash>-thumbnail.webp`: the stored name of one rendition of image `hash`. */
export const imageFileName = (hash: string, rendition: ImageRendition) => `${hash}-${rendition}.webp`;

/** The URLs of a product's image (its `image` column), or null when it has none. */
export function productImageOf(hash: string | null): ProductImage | null {
  if (hash === null) return null;
  return {
    thumbnailUrl: MEDIA_URL_PREFIX + imageFileName(hash, 'thumbnail'),
    detailUrl: MEDIA_URL_PREFIX + imageFileName(hash, 'detail'),
  };
}

/** The URL of a product's datasheet (its `datasheet` column, `<hash>.pdf`), or null. */
export const datasheetUrlOf = (name: string | null): string | null => (name === null ? null : MEDIA_URL_PREFIX + name);
