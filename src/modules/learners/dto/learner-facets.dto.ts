import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { ListLearnersQueryDto } from './list-learners.query';

export class FacetValueDto {
  @ApiProperty({ example: 'Sales', description: 'The value as stored: pass it as the filter of the same name to GET /v1/learners' })
  value: string;

  @ApiPropertyOptional({ example: 1240, description: 'Learners holding it (absent for personas)' })
  count?: number;

  @ApiPropertyOptional({ example: 'Curious newcomer', description: 'What to show for it (personas: the persona’s name)' })
  label?: string;
}

/**
 * The values of each filterable field, most held first, at most 200 per field; empty values are left
 * out. Personas are the workspace's, by name, without counts: persona_id is deliberately not indexed
 * (assigning personas rewrites it on every learner), so counting would read every learner.
 */
export class LearnerFacetsDto {
  @ApiProperty({ type: [FacetValueDto] })
  department: FacetValueDto[];

  @ApiProperty({ type: [FacetValueDto] })
  site: FacetValueDto[];

  @ApiProperty({ type: [FacetValueDto], description: 'ISO 3166-1 alpha-2 codes' })
  country: FacetValueDto[];

  @ApiProperty({ type: [FacetValueDto], description: 'The workspace’s personas: id as value, name as label, no count' })
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
