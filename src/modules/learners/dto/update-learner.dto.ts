import { PartialType } from '@nestjs/swagger';
import { CreateLearnerDto } from './create-learner.dto';

/** Any subset of the learner's fields; only those given change. */
export class UpdateLearnerDto extends PartialType(CreateLearnerDto) {}
