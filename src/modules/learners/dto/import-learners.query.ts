import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class ImportLearnersQueryDto {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'true',
    example: 'false',
    description:
      'Email and network consent of the learners the file creates without a consent value (no consentEmail / consentNetwork column, or an empty cell). ' +
      'Learners that already exist keep their consent unless the file gives one.',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  defaultConsent?: 'true' | 'false';
}
