import { PartialType } from '@nestjs/swagger';
import { CreatePersonaDto } from './create-persona.dto';

/** Absent fields stay as they are; null clears a text field or the assignment rule (never the name or a list). */
export class UpdatePersonaDto extends PartialType(CreatePersonaDto, { skipNullProperties: false }) {}
