import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from '../../../common/validation/is-optional-not-null';
import type { SegmentRule } from '../../segments/segment-rule.types';

export const ASSIGNMENT_RULE_EXAMPLE: SegmentRule = {
  all: [
    { field: 'department', op: 'in', value: ['Sales', 'Customer Success'] },
    { field: 'hireDate', op: 'within_last_days', value: 365 },
  ],
};

export const PREFERRED_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A list of short texts (goals, needs, objections…): an array when given, never null. */
export function TextList(description: string, example: string[]): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: [String], description: `${description} (at most 50 items of 500 characters)`, example }),
    IsOptionalNotNull(),
    IsArray(),
    ArrayMaxSize(50),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(500, { each: true }),
  );
}
