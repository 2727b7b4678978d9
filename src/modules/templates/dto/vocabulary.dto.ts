import { ApiProperty } from '@nestjs/swagger';
import { IsEnum } from 'class-validator';
import { Channel } from '../../../common/enums';

export class VocabularyQueryDto {
  @ApiProperty({ enum: Channel, example: Channel.Email })
  @IsEnum(Channel)
  channel: Channel;
}

export class VocabularyVariableDto {
  @ApiProperty({ example: 'learner.firstName', description: 'As written in a template: {{learner.firstName}}' })
  path: string;

  @ApiProperty({ enum: ['string', 'number', 'date', 'url', 'list'], example: 'string', description: '`url` values are only ever http(s) (the link variables); `date` values ISO 8601' })
  type: 'string' | 'number' | 'date' | 'url' | 'list';
}

export class VocabularyPartialDto {
  @ApiProperty({ example: 'button' })
  name: string;

  @ApiProperty({ type: [String], example: ['url', 'label'], description: 'Hash parameters: {{> button url=links.enrol label="Enrol"}}' })
  parameters: string[];

  @ApiProperty({ example: '<mj-button>, inside an <mj-column>, like an <mj-text>', description: 'The MJML element it is and where it may stand in the body' })
  where: string;
}

/** What a template of one channel may use, as the validator checks it. */
export class TemplateVocabularyDto {
  @ApiProperty({ type: [VocabularyVariableDto], description: 'Declared variables of the channel (posts have no learner, persona or ambassador; talking points no learner)' })
  variables: VocabularyVariableDto[];

  @ApiProperty({ type: [String], example: ['if', 'unless', 'each', 'with', 'formatDate', 'de'], description: 'Helpers, Handlebars’ built-in blocks included' })
  helpers: string[];

  @ApiProperty({ type: [VocabularyPartialDto], description: 'Partials (email bodies only; empty for other channels)' })
  partials: VocabularyPartialDto[];
}
