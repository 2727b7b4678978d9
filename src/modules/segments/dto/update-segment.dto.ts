import { PartialType } from '@nestjs/swagger';
import { CreateSegmentDto } from './create-segment.dto';

/** Absent fields stay as they are; a null description clears it (null is refused elsewhere). */
export class UpdateSegmentDto extends PartialType(CreateSegmentDto, { skipNullProperties: false }) {}
