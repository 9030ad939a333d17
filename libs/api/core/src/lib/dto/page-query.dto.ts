import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Optional } from '../validation/optional';

/**
 * Beyond this page every list answers 400: an OFFSET walks every row before it, so `?page=1e6`
 * would read the whole table; 10,000 pages of 100 is more than anyone pages through (filter or
 * search instead).
 */
const PAGE_MAX = 10_000;

/** `?page=&pageSize=` of every paginated list; a feature extends it with its own filters. */
export class PageQueryDto {
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PAGE_MAX)
  page?: number;

  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}
