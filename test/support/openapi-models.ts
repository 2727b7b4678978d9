import 'reflect-metadata';
import { isDeepStrictEqual } from 'node:util';
import { type INestApplication, Module } from '@nestjs/common';
import { type NestContainer, NestFactory } from '@nestjs/core';
import { DECORATORS, DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

// A class swagger turns into a component schema (a DTO).
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Model = Function & { prototype: object };

/** The names of a class's `@ApiProperty` properties, inherited ones included (as swagger reads them). */
function propertyNames(model: Model): string[] {
  const keys = (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, model.prototype) as unknown[] | undefined) ?? [];
  return keys.filter((key): key is string => typeof key === 'string' && key.startsWith(':')).map((key) => key.slice(1));
}

function isModel(candidate: unknown): candidate is Model {
  return typeof candidate === 'function' && !!candidate.prototype && Reflect.hasMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, candidate.prototype);
}

/** The classes a type reference names: a class, `[Class]`, or a lazy `() => Class` (arrow functions have no prototype). */
function classesIn(reference: unknown): Model[] {
  if (Array.isArray(reference)) return reference.flatMap(classesIn);
  if (typeof reference === 'function' && !reference.prototype) {
    try {
      return classesIn((reference as () => unknown)());
    } catch {
      return [];
    }
  }
  return isModel(reference) ? [reference] : [];
}

/** Type references held by swagger metadata entries (`@ApiResponse`, `@ApiBody`, `@ApiQuery`…: `{type}` or `{type: [X]}`). */
function entryTypes(metadata: unknown): unknown[] {
  if (!metadata || typeof metadata !== 'object') return [];
  const entries = Array.isArray(metadata) ? metadata : Object.values(metadata);
  return entries.flatMap((entry) => (entry && typeof entry === 'object' ? [(entry as { type?: unknown }).type] : []));
}

/** The schema name swagger gives a class: `@ApiSchema({ name })`, else the class name. */
export function schemaName(model: Model): string {
  const declared = (Reflect.getOwnMetadata(DECORATORS.API_SCHEMA, model) as Array<{ name?: string }> | undefined) ?? [];
  return declared[declared.length - 1]?.name ?? model.name;
}

/**
 * Every DTO class the application's OpenAPI document is built from: the controllers' parameter
 * types, `@ApiResponse`/`@ApiBody`/`@ApiQuery`/`@ApiExtraModels` types (on handlers and classes),
 * the `extraModels` given to the document, then, transitively, the types of every `@ApiProperty`.
 * Read from the metadata, not from the document: swagger keeps one schema per name and never
 * explores a second class whose name it has already seen, so the document cannot show a clash.
 */
export function referencedModels(app: INestApplication, extraModels: Model[] = []): Set<Model> {
  const container = (app as unknown as { container: NestContainer }).container;
  const roots: unknown[] = [...extraModels];
  for (const module of container.getModules().values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Model | null;
      if (!controller?.prototype) continue;
      roots.push(...entryTypes(Reflect.getMetadata(DECORATORS.API_RESPONSE, controller)));
      roots.push(...((Reflect.getMetadata(DECORATORS.API_EXTRA_MODELS, controller) as unknown[]) ?? []));
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = Object.getOwnPropertyDescriptor(prototype, name)?.value as unknown;
        if (name === 'constructor' || typeof handler !== 'function') continue;
        roots.push(...((Reflect.getMetadata('design:paramtypes', prototype, name) as unknown[]) ?? []));
        roots.push(Reflect.getMetadata('design:returntype', prototype, name));
        roots.push(...entryTypes(Reflect.getMetadata(DECORATORS.API_RESPONSE, handler)));
        roots.push(...entryTypes(Reflect.getMetadata(DECORATORS.API_PARAMETERS, handler)));
        roots.push(...((Reflect.getMetadata(DECORATORS.API_EXTRA_MODELS, handler) as unknown[]) ?? []));
      }
    }
  }

  const seen = new Set<Model>();
  const visit = (model: Model) => {
    if (seen.has(model)) return;
    seen.add(model);
    for (const extra of (Reflect.getMetadata(DECORATORS.API_EXTRA_MODELS, model) as unknown[]) ?? []) classesIn(extra).forEach(visit);
    for (const key of propertyNames(model)) {
      const property = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, model.prototype, key) as { type?: unknown; items?: { type?: unknown } } | undefined;
      classesIn(property?.type).forEach(visit);
      classesIn(property?.items?.type).forEach(visit);
    }
  };
  roots.flatMap(classesIn).forEach(visit);
  return seen;
}

@Module({})
class EmptyModule {}

/**
 * Builds, for each class, the schema swagger makes of it alone: a document of an application with no
 * route whose only model is that class (so no namesake can stand in for it).
 */
export async function ownSchemas(models: Model[]): Promise<Map<Model, unknown>> {
  const app = await NestFactory.create(EmptyModule, { preview: true, logger: false, abortOnError: false });
  try {
    const config = new DocumentBuilder().build();
    return new Map(
      models.map((model) => {
        const document = SwaggerModule.createDocument(app, config, { extraModels: [model] });
        return [model, JSON.parse(JSON.stringify(document.components?.schemas?.[schemaName(model)] ?? null)) as unknown];
      }),
    );
  } finally {
    await app.close();
  }
}

export interface SchemaNameClash {
  name: string;
  /** The classes of that name whose own schema is not the document's. */
  differing: string[];
  /** How many distinct classes carry the name. */
  classes: number;
}

/**
 * Names under which the document holds a schema other than some class's own: two DTO classes share
 * the name with different shapes, and swagger silently kept one. Same-shape namesakes are harmless
 * and not reported.
 */
export async function schemaNameClashes(document: OpenAPIObject, models: Iterable<Model>): Promise<SchemaNameClash[]> {
  const byName = new Map<string, Model[]>();
  for (const model of models) byName.set(schemaName(model), [...(byName.get(schemaName(model)) ?? []), model]);
  const own = await ownSchemas([...byName.values()].flat());
  const documented = (document.components?.schemas ?? {}) as Record<string, unknown>;
  const clashes: SchemaNameClash[] = [];
  for (const [name, classes] of byName) {
    // Query DTOs are spread into parameters, not kept as schemas: a namesake cannot replace them.
    if (!(name in documented)) continue;
    const inDocument = JSON.parse(JSON.stringify(documented[name] ?? null)) as unknown;
    const shapes = classes.map((model) => own.get(model));
    const allAlike = shapes.every((shape) => isDeepStrictEqual(shape, shapes[0]));
    if (allAlike && isDeepStrictEqual(shapes[0], inDocument)) continue;
    const differing = classes.flatMap((model, i) => (isDeepStrictEqual(shapes[i], inDocument) ? [] : [`${model.name} (class ${i + 1} of ${classes.length})`]));
    clashes.push({ name, classes: classes.length, differing });
  }
  return clashes;
}
