import { Nested } from '@lumen/api/core';
import {
  type Carrier,
  type FulfilmentSettings,
  REMINDER_AFTER_DAYS_MAX,
  TRACKING_PLACEHOLDER,
} from '@lumen/shared/contracts';
import { Contains, IsInt, IsString, IsUrl, Max, MaxLength, Min } from 'class-validator';

const TEMPLATE_MAX = 500;

/** A tracking page template: an https URL with `{tracking}` where the number goes. */
const Template = (): PropertyDecorator => (target, key) => {
  IsString()(target, key);
  MaxLength(TEMPLATE_MAX)(target, key);
  IsUrl({ protocols: ['https'], require_protocol: true, require_tld: true })(target, key);
  Contains(TRACKING_PLACEHOLDER, { message: `$property must contain ${TRACKING_PLACEHOLDER}` })(target, key);
};

export class TrackingUrlTemplatesDto implements Record<Carrier, string> {
  @Template()
  bring: string;

  @Template()
  postnord: string;

  @Template()
  dhl: string;

  @Template()
  db_schenker: string;
}

export class FulfilmentSettingsDto implements FulfilmentSettings {
  @Nested(() => TrackingUrlTemplatesDto)
  trackingUrlTemplates: TrackingUrlTemplatesDto;

  @IsInt()
  @Min(1)
  @Max(REMINDER_AFTER_DAYS_MAX)
  reminderAfterDays: number;
}
