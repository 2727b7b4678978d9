import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, createRootRoute, createRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import type { FunctionComponent } from 'react';
import '../i18n';
import { theme } from '../theme';

/** Renders one page at `path` (route pattern `pattern`) with the console's providers and a fresh query cache. */
export function renderPage(Page: FunctionComponent, { path, pattern = path }: { path: string; pattern?: string }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const rootRoute = createRootRoute();
  const pageRoute = createRoute({ getParentRoute: () => rootRoute, path: pattern, component: Page });
  const catchAll = createRoute({ getParentRoute: () => rootRoute, path: '$', component: () => <p>elsewhere</p> });
  const router = createRouter({ routeTree: rootRoute.addChildren([pageRoute, catchAll]), history: createMemoryHistory({ initialEntries: [path] }) });
  const view = render(
    <MantineProvider theme={theme} env="test">
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router as never} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...view, queryClient, router };
}

/** A fetch that answers JSON by `METHOD path`, recording every request. */
export function fakeFetch(answers: Record<string, () => Response>) {
  const requests: Request[] = [];
  const fetch = async (input: Request) => {
    requests.push(input);
    const key = `${input.method} ${new URL(input.url).pathname}`;
    const answer = answers[key];
    if (!answer) return json(404, { error: { code: 'NOT_FOUND', message: `no fake for ${key}`, details: [] }, correlationId: 'c' });
    return answer();
  };
  return { fetch, requests };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
