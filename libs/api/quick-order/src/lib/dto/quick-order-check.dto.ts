import type { QuickOrderCheckRequest, QuickOrderInputLine } from '@lumen/shared/contracts';
import { QUICK_ORDER_MAX_LINES } from '@lumen/shared/contracts';
import { ArrayMaxSize, IsArray, IsOptional } from 'class-validator';

/**
 * Typed or pasted rows. Each row's fields are checked by the service rather than by nested
 * class-validator objects: a bad quantity is a report line, not a 400, and 100,000 nested
 * validations would cost seconds.
 */
export class QuickOrderCheckDto implements Partial<QuickOrderCheckRequest> {
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(QUICK_ORDER_MAX_LINES)
  lines?: QuickOrderInputLine[];
}
