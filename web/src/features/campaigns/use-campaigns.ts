import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/api-error';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import type { Role } from '../auth/workspace-context';

export type Campaign = components['schemas']['CampaignDto'];
export type CampaignWithSteps = components['schemas']['CampaignWithStepsDto'];
export type CampaignStatus = Campaign['status'];
export type CampaignInput = components['schemas']['CreateCampaignDto'];
export type CampaignPatch = components['schemas']['UpdateCampaignDto'];
export type CampaignLinks = components['schemas']['CampaignLinksDto'];
export type Step = components['schemas']['CampaignStepDto'];
export type StepInput = components['schemas']['CreateStepDto'];
export type StepPatch = components['schemas']['UpdateStepDto'];
export type StepChannel = Step['channel'];
export type StepAnchor = Step['anchor'];
export type StepPhase = Step['phase'];
export type EnrollmentCondition = NonNullable<Step['enrollmentCondition']>;
export type Plan = components['schemas']['CampaignPlanDto'];
export type StepPlan = components['schemas']['StepPlanDto'];
export type PlanWarning = components['schemas']['PlanWarningDto'];
export type DeliverySummary = components['schemas']['DeliverySummaryDto'];
export type CampaignCosts = components['schemas']['CampaignCostsDto'];
export type CostsPatch = components['schemas']['UpdateCampaignCostsDto'];

export const STEP_CHANNELS: StepChannel[] = ['email', 'preferred', 'post', 'talking_points'];
export const STEP_ANCHORS: StepAnchor[] = ['session_start', 'session_end', 'enrol_by', 'launch', 'learner_enrolled', 'learner_completed'];
export const STEP_PHASES: StepPhase[] = ['before', 'during', 'after'];
export const ENROLLMENT_CONDITIONS: EnrollmentCondition[] = ['not_enrolled', 'enrolled', 'enrolled_not_started', 'started_not_completed', 'completed', 'not_completed'];

/** Campaigns are written, launched and stopped by admins and planners (the api's @Roles(Planner)). */
export const canPlanCampaigns = (role: Role): boolean => role === 'admin' || role === 'planner';

/** The plan changes only in a draft or a paused campaign. */
export const isEditable = (status: CampaignStatus): boolean => status === 'draft' || status === 'paused';

/** The template channel a step's versions must have: email and preferred steps use email templates. */
export const templateChannelOf = (channel: StepChannel): 'email' | 'post' | 'talking_points' =>
  channel === 'preferred' ? 'email' : channel;

export const campaignKeys = {
  all: ['campaigns'] as const,
  list: (status: string) => ['campaigns', 'list', status] as const,
  campaign: (id: string) => ['campaigns', 'campaign', id] as const,
  plan: (id: string) => ['campaigns', 'plan', id] as const,
  summary: (id: string) => ['campaigns', 'summary', id] as const,
  check: (id: string) => ['campaigns', 'check', id] as const,
};

// The dry run is heavy work the api limits per workspace (429 with Retry-After): wait as told, a few times.
const retryBusy = (failures: number, error: unknown) => isApiError(error) && (error.status === 429 || error.status === 503) && failures < 4;
const retryAfter = (failures: number, error: unknown) => (isApiError(error) && error.retryAfter ? error.retryAfter * 1000 : 500 * 2 ** failures);

export const useCampaigns = (status: CampaignStatus | '') =>
  useInfiniteQuery({
    queryKey: campaignKeys.list(status),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      (await api.GET('/v1/campaigns', { params: { query: { limit: 50, ...(status ? { status } : {}), ...(pageParam ? { cursor: pageParam } : {}) } } })).data!,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const useCampaign = (id: string) =>
  useQuery({ queryKey: campaignKeys.campaign(id), queryFn: async () => (await api.GET('/v1/campaigns/{id}', { params: { path: { id } } })).data! });

/** The dry run: when each step lands in each zone, for how many, who is skipped, and the warnings. */
export const usePlan = (id: string, enabled = true) =>
  useQuery({
    queryKey: campaignKeys.plan(id),
    enabled,
    retry: retryBusy,
    retryDelay: retryAfter,
    queryFn: async ({ signal }) => (await api.GET('/v1/campaigns/{id}/plan', { params: { path: { id } }, signal })).data!,
  });

/** What a launch now would refuse (missing languages, steps already past, links leading nowhere…), asked before launching. */
export const useLaunchCheck = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: campaignKeys.check(id),
    enabled,
    retry: retryBusy,
    retryDelay: retryAfter,
    queryFn: async ({ signal }) => (await api.GET('/v1/campaigns/{id}/launch-check', { params: { path: { id } }, signal })).data!,
  });

/** What has been planned and sent, by status: the numbers a pause, resume or cancellation acts on. */
export const useDeliverySummary = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: campaignKeys.summary(id),
    enabled,
    queryFn: async () => (await api.GET('/v1/campaigns/{id}/deliveries/summary', { params: { path: { id } } })).data!,
  });

/** Every change to a campaign or its steps invalidates it, its dry run and the lists. */
function useCampaignMutation<T, R>(campaignId: string | null, run: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['campaigns', 'list'] }),
        ...(campaignId
          ? [
              queryClient.invalidateQueries({ queryKey: campaignKeys.campaign(campaignId) }),
              queryClient.invalidateQueries({ queryKey: campaignKeys.plan(campaignId) }),
              queryClient.invalidateQueries({ queryKey: campaignKeys.summary(campaignId) }),
              queryClient.invalidateQueries({ queryKey: campaignKeys.check(campaignId) }),
              // The goal and ambassadors show in the report and the ambassadors dialog.
              queryClient.invalidateQueries({ queryKey: ['campaigns', 'ambassadors', campaignId] }),
              queryClient.invalidateQueries({ queryKey: ['reports', campaignId] }),
            ]
          : []),
        // A session's page lists the campaigns built on it; a template says which campaigns use it.
        queryClient.invalidateQueries({ queryKey: ['courses', 'session-campaigns'] }),
        queryClient.invalidateQueries({ queryKey: ['campaigns', 'pickable-templates'] }),
      ]),
  });
}

export const useCreateCampaign = () => useCampaignMutation(null, async (body: CampaignInput) => (await api.POST('/v1/campaigns', { body })).data!);

export const useUpdateCampaign = (id: string) =>
  useCampaignMutation(id, async (body: CampaignPatch) => (await api.PATCH('/v1/campaigns/{id}', { params: { path: { id } }, body })).data!);

/** The cost inputs of the ROI (production, hours, hourly rate, currency), as last entered. */
export const useCampaignCosts = (id: string) =>
  useQuery({ queryKey: ['campaigns', 'costs', id] as const, queryFn: async () => (await api.GET('/v1/campaigns/{id}/costs', { params: { path: { id } } })).data! });

export const useUpdateCosts = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CostsPatch) => (await api.PATCH('/v1/campaigns/{id}/costs', { params: { path: { id } }, body })).data!,
    onSettled: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: ['campaigns', 'costs', id] }), queryClient.invalidateQueries({ queryKey: ['reports', id] })]),
  });
};

export const useDeleteCampaign = (id: string) =>
  useCampaignMutation(id, async () => {
    await api.DELETE('/v1/campaigns/{id}', { params: { path: { id } } });
  });

export const useCloneCampaign = (id: string) =>
  useCampaignMutation(null, async (body: { sessionId: string; name?: string }) => (await api.POST('/v1/campaigns/{id}/clone', { params: { path: { id } }, body })).data!);

export const useAddStep = (id: string) =>
  useCampaignMutation(id, async (body: StepInput) => (await api.POST('/v1/campaigns/{id}/steps', { params: { path: { id } }, body })).data!);

export const useUpdateStep = (id: string) =>
  useCampaignMutation(id, async ({ stepId, body }: { stepId: string; body: StepPatch }) =>
    (await api.PATCH('/v1/campaigns/{id}/steps/{stepId}', { params: { path: { id, stepId } }, body })).data!,
  );

export const useRemoveStep = (id: string) =>
  useCampaignMutation(id, async (stepId: string) => {
    await api.DELETE('/v1/campaigns/{id}/steps/{stepId}', { params: { path: { id, stepId } } });
  });

export type LifecycleAction = 'launch' | 'pause' | 'resume' | 'cancel';

export const useLifecycle = (id: string) =>
  useCampaignMutation(id, async (action: LifecycleAction) => {
    const params = { params: { path: { id } } };
    if (action === 'launch') return (await api.POST('/v1/campaigns/{id}/launch', params)).data!;
    if (action === 'pause') return (await api.POST('/v1/campaigns/{id}/pause', params)).data!;
    if (action === 'resume') return (await api.POST('/v1/campaigns/{id}/resume', params)).data!;
    return (await api.POST('/v1/campaigns/{id}/cancel', params)).data!;
  });

/** The actions a campaign in a status allows (the api's transitions). */
export function lifecycleActions(status: CampaignStatus): LifecycleAction[] {
  switch (status) {
    case 'draft':
      return ['launch'];
    case 'scheduled':
    case 'running':
      return ['pause', 'cancel'];
    case 'paused':
      return ['resume', 'cancel'];
    default:
      return [];
  }
}

// ---- What the step form picks from ---------------------------------------------------------------

const MANY = 200;

export const usePickableTemplates = () =>
  useQuery({
    queryKey: ['campaigns', 'pickable-templates'],
    staleTime: 30_000,
    queryFn: async () => (await api.GET('/v1/templates', { params: { query: { limit: MANY } } })).data!.items,
  });

export const useTemplateVersions = (templateId: string | null) =>
  useQuery({
    queryKey: ['templates', 'template', templateId],
    enabled: Boolean(templateId),
    queryFn: async () => (await api.GET('/v1/templates/{id}', { params: { path: { id: templateId! } } })).data!,
  });

export const usePersonaOptions = () =>
  useQuery({
    queryKey: ['campaigns', 'persona-options'],
    staleTime: 60_000,
    queryFn: async () => (await api.GET('/v1/personas', { params: { query: { limit: MANY } } })).data!.items,
  });

export const useSegmentOptions = () =>
  useQuery({
    queryKey: ['campaigns', 'segment-options'],
    staleTime: 60_000,
    queryFn: async () => (await api.GET('/v1/segments', { params: { query: { limit: MANY } } })).data!.items,
  });

export const useCourseOptions = () =>
  useQuery({
    queryKey: ['campaigns', 'course-options'],
    staleTime: 60_000,
    queryFn: async () => (await api.GET('/v1/courses', { params: { query: { limit: MANY } } })).data!.items,
  });

export const useSessionOptions = (courseId: string | null) =>
  useQuery({
    queryKey: ['courses', 'sessions', courseId],
    enabled: Boolean(courseId),
    queryFn: async () => (await api.GET('/v1/courses/{id}/sessions', { params: { path: { id: courseId! }, query: { limit: MANY } } })).data!,
  });

export const useSessionDetail = (sessionId: string | null) =>
  useQuery({
    queryKey: ['courses', 'session', sessionId],
    enabled: Boolean(sessionId),
    queryFn: async () => (await api.GET('/v1/sessions/{id}', { params: { path: { id: sessionId! } } })).data!,
  });

export const useCourseDetail = (courseId: string | null) =>
  useQuery({
    queryKey: ['courses', 'course', courseId],
    enabled: Boolean(courseId),
    queryFn: async () => (await api.GET('/v1/courses/{id}', { params: { path: { id: courseId! } } })).data!,
  });
