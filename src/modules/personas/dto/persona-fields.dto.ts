import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsEnum, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Channel, Weekday } from '../../../common/enums';
import { IsOptionalNotNull } from '../../../common/validation/is-optional-not-null';
import { SEGMENT_RULE_DESCRIPTION } from '../../segments/dto/segment-rule.example';
import { ASSIGNMENT_RULE_EXAMPLE, PREFERRED_TIME, TextList } from './persona-fields';

/** Every persona field but the name: all optional (null clears the nullable ones on update). */
export class PersonaFieldsDto {
  @ApiPropertyOptional({ example: 'Joined less than a year ago, eager to prove themselves and build a network.', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  summary?: string | null;

  @ApiPropertyOptional({ example: 'Learns in short bursts between meetings; finishes what has a visible payoff.', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  behaviouralModel?: string | null;

  @ApiPropertyOptional({ example: 'Follows peers and their manager; shares wins on the internal network.', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  socialModel?: string | null;

  @TextList('Short-term goals', ['Master the CRM'])
  shortTermGoals?: string[];

  @TextList('Long-term goals', ['Become a team lead'])
  longTermGoals?: string[];

  @TextList('Needs', ['Concrete, job-related examples'])
  needs?: string[];

  @TextList('Ambitions', ['Be recognised by leadership'])
  ambitions?: string[];

  @TextList('Objections', ['No time during closing weeks'])
  objections?: string[];

  @ApiPropertyOptional({ enum: Channel, isArray: true, example: [Channel.Email, Channel.Post], description: 'Channels in order of preference, no duplicates' })
  @IsOptionalNotNull()
  @IsArray()
  @IsEnum(Channel, { each: true })
  @ArrayUnique({ message: 'preferredChannels must not repeat a channel' })
  preferredChannels?: Channel[];

  @ApiPropertyOptional({ enum: Weekday, isArray: true, example: [Weekday.Tuesday, Weekday.Thursday], description: 'Days to reach them, no duplicates' })
  @IsOptionalNotNull()
  @IsArray()
  @IsEnum(Weekday, { each: true })
  @ArrayUnique({ message: 'preferredDays must not repeat a day' })
  preferredDays?: Weekday[];

  @ApiPropertyOptional({ example: '09:30', nullable: true, type: String, description: 'Preferred local time, HH:MM (24 h)' })
  @IsOptional()
  @IsString()
  @Matches(PREFERRED_TIME, { message: 'preferredTime must be HH:MM, from 00:00 to 23:59' })
  preferredTime?: string | null;

  @ApiPropertyOptional({ example: 'Energetic, concrete, peer-to-peer', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  tone?: string | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    example: ASSIGNMENT_RULE_EXAMPLE,
    description: `Learners matching it are given this persona by POST /v1/personas/{id}/assign. ${SEGMENT_RULE_DESCRIPTION}`,
  })
  @IsOptional()
  @IsObject()
  assignmentRule?: Record<string, unknown> | null;
}
