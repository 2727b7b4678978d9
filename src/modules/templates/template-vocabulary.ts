import { Channel } from '../../common/enums';
import { EMAIL_PARTIAL_GUIDE } from './email-compiler';
import { schemaLeaves, type VariableType, variableSchemaFor } from './render-context';
import { BUILTIN_HELPERS, CUSTOM_HELPERS } from './template-helpers';

export interface TemplateVocabulary {
  variables: Array<{ path: string; type: VariableType }>;
  helpers: string[];
  partials: Array<{ name: string; parameters: string[]; where: string }>;
}

/**
 * What a template of a channel may use — its declared variables, the helpers and the partials —
 * read from the same constants the validator checks, so an editor's completion never drifts from
 * what a save accepts. Only email bodies take partials.
 */
export function templateVocabulary(channel: Channel): TemplateVocabulary {
  return {
    variables: schemaLeaves(variableSchemaFor(channel)),
    helpers: [...BUILTIN_HELPERS, ...CUSTOM_HELPERS],
    partials:
      channel === Channel.Email
        ? Object.entries(EMAIL_PARTIAL_GUIDE).map(([name, guide]) => ({ name, parameters: [...guide.parameters], where: `<${guide.element}>, ${guide.place}` }))
        : [],
  };
}
