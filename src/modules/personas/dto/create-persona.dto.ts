import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PersonaFieldsDto } from './persona-fields.dto';

export class CreatePersonaDto extends PersonaFieldsDto {
  @ApiProperty({ example: 'Ambitious newcomer', description: 'Unique in the workspace' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;
}
