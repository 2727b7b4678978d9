import { Channel } from '../../common/enums';
import type { Variants } from './template-content';
import type { StarterFiles } from './template-library';
import { Phase, TemplatePurpose } from './templates.enums';

/** A starter template ready to install: metadata in each language and the content of version 1. */
export interface StarterTemplate {
  key: string;
  name: Record<string, string>;
  description: Record<string, string>;
  channel: Channel;
  purpose: TemplatePurpose;
  phase: Phase;
  variants: Variants;
}

interface StarterMeta {
  name: Record<string, string>;
  description: Record<string, string>;
  channel: Channel;
  purpose: TemplatePurpose;
  phase: Phase;
  variants: Record<string, Record<string, unknown>>;
}

/**
 * Builds a starter from `templates/<key>/`: `meta.json` holds names, channel, purpose, phase and the
 * short fields of each locale; the long ones live in their own files, readable and diffable —
 * `<locale>.mjml` (email body), `<locale>.txt` (optional text part), `<locale>.md` (post body, or
 * the ready-to-post text of talking points).
 */
export function starterFromFiles(starter: StarterFiles): StarterTemplate {
  const meta = starter.meta as unknown as StarterMeta;
  const problem = (message: string) => new Error(`Starter "${starter.key}": ${message}`);
  if (!Object.values(Channel).includes(meta.channel)) throw problem(`unknown channel "${meta.channel}"`);
  if (!Object.values(Phase).includes(meta.phase)) throw problem(`unknown phase "${meta.phase}"`);
  if (!Object.values(TemplatePurpose).includes(meta.purpose)) throw problem(`unknown purpose "${meta.purpose}"`);

  const variants: Variants = {};
  for (const [locale, fields] of Object.entries(meta.variants ?? {})) {
    const file = (ext: string) => starter.files[`${locale}.${ext}`];
    const required = (ext: string) => {
      const content = file(ext);
      if (content === undefined) throw problem(`missing ${locale}.${ext}`);
      return content.trim();
    };
    if (meta.channel === Channel.Email) {
      const text = file('txt');
      variants[locale] = { ...fields, body: required('mjml'), ...(text ? { text: text.trim() } : {}) } as Variants[string];
    } else if (meta.channel === Channel.Post) {
      variants[locale] = { ...fields, body: required('md') } as Variants[string];
    } else {
      variants[locale] = { ...fields, postText: required('md') } as Variants[string];
    }
  }
  if (Object.keys(variants).length === 0) throw problem('no variant');
  return { key: starter.key, name: meta.name, description: meta.description, channel: meta.channel, purpose: meta.purpose, phase: meta.phase, variants };
}

/** A starter's name or description in a workspace's language, else in English. */
export function inLocale(texts: Record<string, string>, locale: string): string {
  return texts[locale] ?? texts[locale.slice(0, 2)] ?? texts.en ?? Object.values(texts)[0] ?? '';
}
