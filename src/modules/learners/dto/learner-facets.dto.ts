import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { ListLearnersQueryDto } from './list-learners.query';

export class FacetValueDto {
  @ApiProperty({ example: 'Sales', description: 'The value as stored: pass it as the filter of the same name to GET /v1/learners' })
  value: string;

  @ApiPropertyOptional({ example: 1240, description: 'Learners holding it' })
  count?: number;

  @ApiPropertyOptional({ example: 'Curious newcomer', description: 'What to show for it (personas: the persona’s name)' })
  label?: string;
}

/**
 * The values of each filterable field, most held first, at most 200 per field; empty values are left
 * out. Personas are the workspace's, by name, each with its learners (0 included); persona_id is
 * deliberately not indexed (assigning personas rewrites it on every learner), so that count is one
 * pass over the workspace's learners, as GET /v1/personas makes.
 */
export class LearnerFacetsDto {
  @ApiProperty({ type: [FacetValueDto] })
  department: FacetValueDto[];

  @ApiProperty({ type: [FacetValueDto] })
  site: FacetValueDto[];

  @ApiProperty({ type: [FacetValueDto], description: 'ISO 3166-1 alpha-2 codes' })
  country: FacetValueDto[];

  @ApiProperty({ type: [FacetValueDto], description: 'The workspace’s personas by name: id as value, name as label, learners holding it as count' })
  personaId: FacetValueDto[];

  @ApiProperty({ type: [FacetValueDto], description: 'BCP 47 tags' })
  locale: FacetValueDto[];
}

/** The filters of GET /v1/learners, without paging. */
export class CountLearnersQueryDto extends OmitType(ListLearnersQueryDto, ['limit', 'cursor'] as const) {}

export class LearnerCountDto {
  @ApiProperty({ example: 98_412, description: 'Learners matching the filters' })
  count: number;
}

export class AttributeValueExampleDto {
  @ApiProperty({ example: '2', description: 'The value as text (JSON numbers and booleans written out; at most 200 characters)' })
  value: string;

  @ApiProperty({ example: 4120, description: 'Learners of the sample holding it' })
  count: number;
}

export class AttributeKeyDto {
  @ApiProperty({ example: 'manager_level', description: 'Use it in a rule as `attributes.<key>`' })
  key: string;

  @ApiProperty({ example: 18_230, description: 'Learners of the sample holding the key' })
  count: number;

  @ApiProperty({ example: 4, description: 'Different values the sample holds for it' })
  distinctValues: number;

  @ApiProperty({ type: [AttributeValueExampleDto], description: 'Its most held values, at most 5' })
  examples: AttributeValueExampleDto[];
}

export class AttributeKeysDto {
  @ApiProperty({ type: [AttributeKeyDto], description: 'Most held first, at most 200; only keys a rule can name (keyPattern of GET /v1/segments/fields)' })
  keys: AttributeKeyDto[];

  @ApiProperty({ example: 20_000, description: 'Learners read: the newest of the workspace that have attributes, at most 20,000' })
  sampledLearners: number;

  @ApiProperty({ example: false, description: 'True when every learner with attributes was read; else counts are the sample’s and a key only older learners hold may be missing' })
  complete: boolean;
}
