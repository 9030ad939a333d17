import { ApiProperty } from '@nestjs/swagger';
import { USER_LANGUAGES, type UpdateMeRequest, type UserLanguage } from '@lumen/shared/contracts';
import { IsIn } from 'class-validator';

export class UpdateMeDto implements UpdateMeRequest {
  @ApiProperty({ enum: USER_LANGUAGES, description: 'The language of the caller’s e-mails and documents' })
  @IsIn(USER_LANGUAGES, { message: `language must be one of ${USER_LANGUAGES.join(', ')}` })
  language: UserLanguage;
}
