import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

// What the rule builder's pickers offer: the field catalog, personas, courses and a course's sessions.
// One page of 200 each: a picker longer than that wants a search, which the api does not offer yet.
const PICKER_LIMIT = 200;

export const ruleBuilderKeys = {
  fields: ['segments', 'fields'] as const,
  personas: ['rule-builder', 'personas'] as const,
  attributeKeys: ['rule-builder', 'attribute-keys'] as const,
  facets: ['rule-builder', 'facets'] as const,
  courses: ['rule-builder', 'courses'] as const,
  sessions: (courseId: string) => ['rule-builder', 'sessions', courseId] as const,
  session: (sessionId: string) => ['rule-builder', 'session', sessionId] as const,
};

/** The allow-list of the segment language; the same for every workspace and for the life of the page. */
export const useFieldCatalog = () =>
  useQuery({
    queryKey: ruleBuilderKeys.fields,
    queryFn: async () => (await api.GET('/v1/segments/fields')).data!,
    staleTime: Infinity,
  });

/** The workspace's personas with how many learners hold each (GET /v1/personas counts them). */
export const usePersonaOptions = (enabled: boolean) =>
  useQuery({
    queryKey: ruleBuilderKeys.personas,
    enabled,
    staleTime: 60_000,
    queryFn: async () =>
      (await api.GET('/v1/personas', { params: { query: { limit: PICKER_LIMIT } } })).data!.items.map((p) => ({ value: p.id, label: p.name, count: p.learnerCount })),
  });

/** The attribute keys learners hold, with counts and a few values (from the api's sample of the newest learners). */
export const useAttributeKeys = (enabled: boolean) =>
  useQuery({
    queryKey: ruleBuilderKeys.attributeKeys,
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async ({ signal }) => (await api.GET('/v1/learners/attribute-keys', { signal })).data!,
  });

/** Fields whose values learners hold offers as suggestions (GET /v1/learners/facets, as the learners list's filters). */
export const SUGGESTED_FIELDS = ['site', 'department'] as const;
type SuggestedField = (typeof SUGGESTED_FIELDS)[number];
export const isSuggestedField = (field: string): field is SuggestedField => (SUGGESTED_FIELDS as readonly string[]).includes(field);

/** The values learners hold for a site or a department, most held first, with counts: suggestions, free text stays allowed. */
export const useFieldValueSuggestions = (field: SuggestedField | null) =>
  useQuery({
    queryKey: ruleBuilderKeys.facets,
    enabled: field !== null,
    staleTime: 60_000,
    queryFn: async ({ signal }) => (await api.GET('/v1/learners/facets', { signal })).data!,
    select: (facets) => (field ? facets[field] : []).map((f) => ({ value: f.value, count: f.count })),
  });

export const useCourseOptions = (enabled: boolean) =>
  useQuery({
    queryKey: ruleBuilderKeys.courses,
    enabled,
    staleTime: 60_000,
    queryFn: async () =>
      (await api.GET('/v1/courses', { params: { query: { limit: PICKER_LIMIT } } })).data!.items.map((c) => ({
        value: c.id,
        label: c.code ? `${c.code} · ${c.title}` : c.title,
      })),
  });

export const useSessionOptions = (courseId: string | null, locale: string) =>
  useQuery({
    queryKey: [...ruleBuilderKeys.sessions(courseId ?? ''), locale],
    enabled: courseId !== null,
    staleTime: 60_000,
    queryFn: async () => {
      const page = (await api.GET('/v1/courses/{id}/sessions', { params: { path: { id: courseId! }, query: { limit: PICKER_LIMIT } } })).data!;
      const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
      return page.items.map((s) => ({
        value: s.id,
        label: `${format.format(new Date(s.startsAt))}${s.title ? ` · ${s.title}` : ''}${s.status === 'cancelled' ? ' ✕' : ''}`,
      }));
    },
  });

/** The course of a session a saved rule names, to show the session picker with its course chosen. */
export const useSessionCourse = (sessionId: string | undefined) =>
  useQuery({
    queryKey: ruleBuilderKeys.session(sessionId ?? ''),
    enabled: sessionId !== undefined && /^[0-9a-f-]{36}$/i.test(sessionId),
    staleTime: Infinity,
    queryFn: async () => (await api.GET('/v1/sessions/{id}', { params: { path: { id: sessionId! } } })).data!.courseId,
  });
