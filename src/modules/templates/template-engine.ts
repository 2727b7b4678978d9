import Handlebars from 'handlebars';
import { KNOWN_HELPERS_OPTION, registerHelpers, type RenderData } from './template-helpers';

export type CompiledTemplate = (context: unknown, data: RenderData) => string;

export interface CompileOptions {
  /** HTML-escape values (HTML); off for plain text such as subjects, text parts and Markdown. */
  escape: boolean;
  /** Throw on a missing value; the starter tests use it to prove sample data fills every hole. */
  strict?: boolean;
}

/**
 * Clarion's own Handlebars: a dedicated `Handlebars.create()` instance with only Clarion's helpers,
 * `knownHelpersOnly`, string sources only, and Handlebars' default refusal of prototype access.
 */
export class TemplateEngine {
  private readonly hb = Handlebars.create();

  constructor() {
    registerHelpers(this.hb);
  }

  compile(source: string, options: CompileOptions): CompiledTemplate {
    if (typeof source !== 'string') throw new TypeError('Only string sources are compiled');
    const template = this.hb.compile(source, {
      knownHelpers: KNOWN_HELPERS_OPTION,
      knownHelpersOnly: true,
      noEscape: !options.escape,
      strict: options.strict ?? false,
    });
    return (context, data) =>
      template(context, { data, allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false, allowCallsToHelperMissing: false });
  }
}
