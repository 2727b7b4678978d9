import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { components } from '../../api/schema';

export type Calendar = components['schemas']['CalendarDto'];
export type CalendarEntry = components['schemas']['CalendarEntryDto'];
export type Collision = components['schemas']['CollisionDto'];
export type BlackoutDate = components['schemas']['BlackoutDateDto'];
export type BlackoutInput = components['schemas']['CreateBlackoutDateDto'];

export const calendarKeys = {
  all: ['calendar'] as const,
  range: (workspaceId: string, from: string, to: string, threshold: number) => ['calendar', workspaceId, 'range', from, to, threshold] as const,
  blackouts: (workspaceId: string) => ['calendar', workspaceId, 'blackouts'] as const,
};

/** The calendar of a range of days; the previous range stays on screen while the next one loads. */
export const useCalendar = (workspaceId: string, from: string, to: string, threshold: number) =>
  useQuery({
    queryKey: calendarKeys.range(workspaceId, from, to, threshold),
    queryFn: async () => (await api.GET('/v1/calendar', { params: { query: { from, to, threshold } } })).data!,
    placeholderData: keepPreviousData,
  });

export const useBlackoutDates = (workspaceId: string) =>
  useQuery({ queryKey: calendarKeys.blackouts(workspaceId), queryFn: async () => (await api.GET('/v1/blackout-dates')).data!.items });

// A blackout changes the calendar's shading too: both are refetched.
function useCalendarMutation<T, R>(run: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSettled: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }) });
}

export const useCreateBlackout = () => useCalendarMutation(async (body: BlackoutInput) => (await api.POST('/v1/blackout-dates', { body })).data!);

export const useDeleteBlackout = () =>
  useCalendarMutation(async (id: string) => {
    await api.DELETE('/v1/blackout-dates/{id}', { params: { path: { id } } });
  });

export const useAddFrenchHolidays = () =>
  useCalendarMutation(async (year: number) => (await api.POST('/v1/blackout-dates/presets/fr-public-holidays', { body: { year } })).data!);
