import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ErrorDetailDto {
  @ApiProperty({ example: 'rule.all[1].field', description: 'Where the problem is: a JSON path into the input, a parameter or header name, or `row 12` in a CSV file' })
  path: string;

  @ApiProperty({ example: 'unknown field "departement"' })
  message: string;

  @ApiPropertyOptional({ example: 'FIELD.UNKNOWN', description: 'What is wrong as a stable code (FIELD.*), to translate by; the message is the fallback' })
  code?: string;

  @ApiPropertyOptional({
    example: { name: 'learner.fristName', suggestion: 'learner.firstName', line: 3 },
    description: "The values the code's text is made of, for a client that says the problem in its reader's language (SOURCE.UNKNOWN_VARIABLE: name, suggestion, line; LAUNCH.MISSING_LOCALE: language, count, recipients)",
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
  })
  params?: Record<string, string | number>;
}

export class ErrorBodyDto {
  @ApiProperty({ example: 'SEGMENT.UNKNOWN_FIELD', description: 'Stable machine code: MODULE.REASON' })
  code: string;

  @ApiProperty({ example: 'The rule names a field that does not exist', description: 'For people; may change between releases' })
  message: string;

  @ApiProperty({ type: [ErrorDetailDto], description: 'One entry per problem found (empty when the message says it all)' })
  details: ErrorDetailDto[];
}

/** The one shape of every error answer, whatever its status. */
export class ErrorEnvelopeDto {
  @ApiProperty({ type: ErrorBodyDto })
  error: ErrorBodyDto;

  @ApiProperty({ example: '0f8fad5b-d9cb-469f-a165-70867728950e', description: 'Also sent as the X-Correlation-Id header; quote it when reporting a problem' })
  correlationId: string;
}
