import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../common/pagination/cursor';
import { LearnerDto } from './learner.dto';

export class LearnerPageDto extends PageMetaDto {
  @ApiProperty({ type: [LearnerDto] })
  items: LearnerDto[];
}
