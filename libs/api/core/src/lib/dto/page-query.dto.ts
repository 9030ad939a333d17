import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Optional } from '../validation/optional';

/** `?page=&pageSize=` of every paginated list; a feature extends it with its own filters. */
export class PageQueryDto {
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}
