import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';
import { PersonaFieldsDto } from './persona-fields.dto';

/** Absent fields stay as they are; null clears a text field or the assignment rule. */
export class UpdatePersonaDto extends PersonaFieldsDto {
  @ApiPropertyOptional({ example: 'Ambitious newcomer', description: 'Unique in the workspace' })
  @ValidateIf((o: UpdatePersonaDto) => o.name !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;
}
