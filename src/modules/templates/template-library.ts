import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** One starter template as written in `templates/<key>/`: its metadata and its files by name. */
export interface StarterFiles {
  key: string;
  meta: Record<string, unknown>;
  files: Record<string, string>;
}

const RESERVED = new Set(['layouts', 'partials']);

/**
 * The files of the built-in library (`templates/`): brand layouts, partials and starter templates.
 * Read once from disk; only these files are ever read, never a path coming from a user template.
 */
export class TemplateLibrary {
  private constructor(
    readonly root: string,
    private readonly layouts: Map<string, string>,
    private readonly partials: Map<string, string>,
    readonly starters: StarterFiles[],
  ) {}

  private static shared: TemplateLibrary | null = null;

  /** The library shipped with Clarion, loaded on first use. */
  static default(): TemplateLibrary {
    TemplateLibrary.shared ??= TemplateLibrary.load(findLibraryRoot());
    return TemplateLibrary.shared;
  }

  static load(root: string): TemplateLibrary {
    const read = (folder: string) =>
      new Map(
        readdirSync(join(root, folder))
          .filter((f) => f.endsWith('.mjml'))
          .map((f) => [f.replace(/\.mjml$/, ''), readFileSync(join(root, folder, f), 'utf8')] as const),
      );
    const starters = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !RESERVED.has(entry.name) && existsSync(join(root, entry.name, 'meta.json')))
      .map((entry) => {
        const dir = join(root, entry.name);
        const files = Object.fromEntries(
          readdirSync(dir)
            .filter((f) => f !== 'meta.json')
            .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
        );
        return { key: entry.name, meta: JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as Record<string, unknown>, files };
      })
      .sort((a, b) => a.key.localeCompare(b.key));
    return new TemplateLibrary(root, read('layouts'), read('partials'), starters);
  }

  layout(name: string): string {
    const layout = this.layouts.get(name);
    if (layout === undefined) throw new Error(`Layout "${name}" is missing from ${this.root}/layouts`);
    return layout;
  }

  partial(name: string): string {
    const partial = this.partials.get(name);
    if (partial === undefined) throw new Error(`Partial "${name}" is missing from ${this.root}/partials`);
    return partial;
  }
}

// The library sits at the project root, next to package.json, whether running from src/ or dist/.
function findLibraryRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, 'layouts', 'email.mjml'))) return candidate;
    if (dirname(dir) === dir) throw new Error('Cannot find the templates/ folder of the starter library');
  }
}
