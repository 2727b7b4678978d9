import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { sessionState } from './api/session-state';
import i18n, { type FeatureNamespace } from './i18n';
import { sessionQuery } from './features/auth/use-session';
import { validateLearnerSearch } from './features/learners/learner-search';
import { learnersPageQuery } from './features/learners/use-learners';
import { reportQuery } from './features/reports/report-query';
import { validateCampaignSearch } from './features/campaigns/campaign-search';
import { validateTemplateSearch } from './features/templates/template-search';
import { NotFoundPage } from './shell/not-found-page';
import { RouteError } from './shell/route-error';
import { PageLoader } from './shell/page-loader';

interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

// A path inside the console to come back to after signing in; anything else is dropped.
const safeRedirect = (value: unknown): string | undefined =>
  typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : undefined;

/** A screen's code and the strings it shows (in the reader's language), downloaded together. */
const withStrings =
  <T,>(load: () => Promise<T>, ...namespaces: FeatureNamespace[]) =>
  () =>
    Promise.all([load(), i18n.loadNamespaces(namespaces)]).then(([module]) => module);

// ---- Public pages -----------------------------------------------------------------------------

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({ redirect: safeRedirect(search.redirect) }),
  beforeLoad: async ({ context, search }) => {
    // When the session cannot be checked (api unreachable), signing in is still the way forward.
    const session = await context.queryClient.ensureQueryData(sessionQuery).catch(() => null);
    if (session) throw redirect({ to: search.redirect ?? '/learners' });
  },
  component: lazyRouteComponent(() => import('./features/auth/sign-in-page'), 'SignInPage'),
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: lazyRouteComponent(() => import('./features/auth/forgot-password-page'), 'ForgotPasswordPage'),
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  validateSearch: (search: Record<string, unknown>): { token?: string } => ({
    token: typeof search.token === 'string' ? search.token : undefined,
  }),
  component: lazyRouteComponent(() => import('./features/auth/reset-password-page'), 'ResetPasswordPage'),
});

const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invitations/$token',
  component: lazyRouteComponent(() => import('./features/invitations/accept-invitation-page'), 'AcceptInvitationPage'),
});

// An ambassador's page: reached by their personal link, no account, made for a phone.
const ambassadorPageRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/a/$token',
  component: lazyRouteComponent(withStrings(() => import('./features/ambassadors/ambassador-page'), 'ambassadors'), 'AmbassadorPage'),
});

// ---- Signed-in pages --------------------------------------------------------------------------

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    return { session };
  },
  pendingComponent: PageLoader,
  errorComponent: RouteError,
  component: lazyRouteComponent(() => import('./shell/app-layout'), 'AppLayout'),
});

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/learners' });
  },
});

const learnersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/learners',
  validateSearch: validateLearnerSearch,
  loaderDeps: ({ search }) => search,
  // The rows are asked for while the screen's code downloads, not once it has rendered. Not
  // awaited: the screen shows its own loading state and picks up the request in flight.
  loader: ({ context, deps }) => {
    const workspaceId = sessionState.workspaceId();
    if (workspaceId) void context.queryClient.prefetchQuery(learnersPageQuery(workspaceId, deps));
  },
  component: lazyRouteComponent(withStrings(() => import('./features/learners/learners-page'), 'learners'), 'LearnersPage'),
});
const importLearnersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/learners/import',
  component: lazyRouteComponent(withStrings(() => import('./features/learners/import-learners-page'), 'learners', 'csvImport'), 'ImportLearnersPage'),
});
const learnerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/learners/$learnerId',
  // The list's filters ride along, so "← Learners" goes back to the same list.
  validateSearch: validateLearnerSearch,
  component: lazyRouteComponent(withStrings(() => import('./features/learners/learner-page'), 'learners'), 'LearnerPage'),
});
const personasRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/personas',
  component: lazyRouteComponent(withStrings(() => import('./features/personas/personas-page'), 'personas'), 'PersonasPage'),
});
const personaNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/personas/new',
  component: lazyRouteComponent(withStrings(() => import('./features/personas/persona-canvas-page'), 'personas', 'ruleBuilder', 'segments'), 'NewPersonaPage'),
});
const personaRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/personas/$personaId',
  component: lazyRouteComponent(withStrings(() => import('./features/personas/persona-canvas-page'), 'personas', 'ruleBuilder', 'segments'), 'PersonaCanvasPage'),
});
const segmentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/segments',
  component: lazyRouteComponent(withStrings(() => import('./features/segments/segments-page'), 'segments'), 'SegmentsPage'),
});
const segmentNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/segments/new',
  component: lazyRouteComponent(withStrings(() => import('./features/segments/segment-editor-page'), 'segments', 'ruleBuilder'), 'NewSegmentPage'),
});
const segmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/segments/$segmentId',
  component: lazyRouteComponent(withStrings(() => import('./features/segments/segment-editor-page'), 'segments', 'ruleBuilder'), 'SegmentEditorPage'),
});
const coursesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/courses',
  component: lazyRouteComponent(withStrings(() => import('./features/courses/courses-page'), 'courses', 'zoneDateTime', 'translations'), 'CoursesPage'),
});
const courseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/courses/$courseId',
  component: lazyRouteComponent(withStrings(() => import('./features/courses/course-page'), 'courses', 'zoneDateTime', 'translations'), 'CoursePage'),
});
const enrolmentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/courses/$courseId/sessions/$sessionId',
  component: lazyRouteComponent(withStrings(() => import('./features/courses/enrolments-page'), 'courses', 'zoneDateTime'), 'EnrolmentsPage'),
});
const importEnrolmentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/courses/$courseId/sessions/$sessionId/import',
  component: lazyRouteComponent(withStrings(() => import('./features/courses/import-enrolments-page'), 'courses', 'csvImport'), 'ImportEnrolmentsPage'),
});
const templatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/templates',
  validateSearch: validateTemplateSearch,
  component: lazyRouteComponent(withStrings(() => import('./features/templates/templates-page'), 'templates'), 'TemplatesPage'),
});
const templateRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/templates/$templateId',
  component: lazyRouteComponent(withStrings(() => import('./features/templates/template-page'), 'templates'), 'TemplatePage'),
});
// The template studio's editor: code, completion, problems at their line, live preview.
const templateNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/templates/new',
  component: lazyRouteComponent(withStrings(() => import('./features/templates/editor/template-editor-page'), 'templateEditor'), 'NewTemplatePage'),
});
const templateEditorRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/templates/$templateId/edit',
  component: lazyRouteComponent(withStrings(() => import('./features/templates/editor/template-editor-page'), 'templateEditor'), 'TemplateEditorPage'),
});
const campaignsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/campaigns',
  component: lazyRouteComponent(withStrings(() => import('./features/campaigns/campaigns-page'), 'campaigns'), 'CampaignsPage'),
});
// The campaign builder: the plan on a timeline around the session, the dry run, launch and clone.
const campaignRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/campaigns/$campaignId',
  // ?settings=goal opens a settings section; ?addStep=1&segmentId=… the "add step" form narrowed to a segment.
  validateSearch: validateCampaignSearch,
  component: lazyRouteComponent(withStrings(() => import('./features/campaigns/campaign-builder-page'), 'campaigns', 'ambassadors'), 'CampaignBuilderPage'),
});
// A campaign's printable A4 poster, with a QR code to its short link.
const posterRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/campaigns/$campaignId/poster',
  component: lazyRouteComponent(withStrings(() => import('./features/ambassadors/poster-page'), 'ambassadors'), 'PosterPage'),
});
// The campaign's report: funnel, breakdowns, drill-down to learners, exports, retargeting (charts load with it only).
const campaignReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/campaigns/$campaignId/report',
  loader: ({ context, params }) => {
    if (sessionState.workspaceId()) void context.queryClient.prefetchQuery(reportQuery(params.campaignId));
  },
  component: lazyRouteComponent(withStrings(() => import('./features/reports/report-page'), 'reports'), 'ReportPage'),
});
const brandKitsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/brand-kits',
  component: lazyRouteComponent(withStrings(() => import('./features/brand-kits/brand-kits-page'), 'brandKits'), 'BrandKitsPage'),
});
const brandKitRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/brand-kits/$brandKitId',
  component: lazyRouteComponent(withStrings(() => import('./features/brand-kits/brand-kit-editor-page'), 'brandKits', 'translations'), 'BrandKitEditorPage'),
});
const calendarRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/calendar',
  component: lazyRouteComponent(withStrings(() => import('./features/calendar/calendar-page'), 'calendar'), 'CalendarPage'),
});
const profileRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/profile',
  component: lazyRouteComponent(() => import('./features/profile/profile-page'), 'ProfilePage'),
});

const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings',
  component: lazyRouteComponent(withStrings(() => import('./features/settings/settings-page'), 'settings'), 'SettingsPage'),
});
const settingsIndexRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/settings/users' });
  },
});
const usersRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/users',
  component: lazyRouteComponent(() => import('./features/users/users-page'), 'UsersPage'),
});

const rulesRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/rules',
  component: lazyRouteComponent(withStrings(() => import('./features/settings/rules-page'), 'settings', 'zoneDateTime'), 'RulesPage'),
});
const apiKeysRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/api-keys',
  component: lazyRouteComponent(withStrings(() => import('./features/settings/api-keys-page'), 'settings'), 'ApiKeysPage'),
});
const channelsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/channels',
  component: lazyRouteComponent(withStrings(() => import('./features/settings/network-channels-page'), 'settings'), 'NetworkChannelsPage'),
});
const lmsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/lms',
  component: lazyRouteComponent(withStrings(() => import('./features/settings/lms-secrets-page'), 'settings'), 'LmsSecretsPage'),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  invitationRoute,
  ambassadorPageRoute,
  appRoute.addChildren([
    homeRoute,
    learnersRoute,
    importLearnersRoute,
    learnerRoute,
    personasRoute,
    personaNewRoute,
    personaRoute,
    segmentsRoute,
    segmentNewRoute,
    segmentRoute,
    coursesRoute,
    courseRoute,
    enrolmentsRoute,
    importEnrolmentsRoute,
    templatesRoute,
    templateRoute,
    templateNewRoute,
    templateEditorRoute,
    campaignsRoute,
    campaignRoute,
    posterRoute,
    campaignReportRoute,
    brandKitsRoute,
    brandKitRoute,
    calendarRoute,
    profileRoute,
    settingsRoute.addChildren([settingsIndexRoute, usersRoute, rulesRoute, apiKeysRoute, channelsRoute, lmsRoute]),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  const router = createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPendingComponent: PageLoader,
    defaultErrorComponent: RouteError,
    scrollRestoration: true,
  });
  // A session that expires mid-work: back to sign-in, then back here.
  sessionState.setUnauthorizedHandler(() => {
    queryClient.setQueryData(sessionQuery.queryKey, null);
    const here = router.state.location.href;
    if (router.state.location.pathname !== '/sign-in') void router.navigate({ to: '/sign-in', search: { redirect: here } });
  });
  return router;
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
