import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { components } from '../../api/schema';

export type BrandKit = components['schemas']['BrandKitDto'];
export type BrandKitInput = components['schemas']['CreateBrandKitDto'];
export type BrandKitPatch = components['schemas']['UpdateBrandKitDto'];
export type BrandColors = components['schemas']['BrandColorsDto'];
export type BrandDraft = components['schemas']['BrandDraftDto'];
export type DraftRender = components['schemas']['DraftRenderResultDto'];

/** The colours of a kit, in the order the editor shows them. */
export const COLOR_NAMES = ['primary', 'secondary', 'accent', 'text', 'muted', 'background', 'surface', 'buttonText'] as const;
export type ColorName = (typeof COLOR_NAMES)[number];

/** The texts of a kit written in each language (the api's BRAND_TEXT_FIELDS). */
export const BRAND_TEXT_FIELDS = ['senderName', 'logoAlt', 'footerText', 'legalMention'] as const;

/** The logo types the api takes, and its size limit (the bytes decide, not the declared type). */
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export const LOGO_MAX_BYTES = 1024 * 1024;

export const brandKitKeys = {
  all: ['brand-kits'] as const,
  list: ['brand-kits', 'list'] as const,
  kit: (id: string) => ['brand-kits', 'kit', id] as const,
  preview: (body: unknown) => ['brand-kits', 'preview', body] as const,
};

/** A workspace has a handful of kits: one page of the most the api gives. */
export const useBrandKits = () =>
  useQuery({ queryKey: brandKitKeys.list, queryFn: async () => (await api.GET('/v1/brand-kits', { params: { query: { limit: 200 } } })).data! });

export const useBrandKit = (id: string) =>
  useQuery({ queryKey: brandKitKeys.kit(id), queryFn: async () => (await api.GET('/v1/brand-kits/{id}', { params: { path: { id } } })).data! });

function useBrandKitsMutation<T, R>(run: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSettled: () => queryClient.invalidateQueries({ queryKey: brandKitKeys.all }) });
}

export const useCreateBrandKit = () => useBrandKitsMutation(async (body: BrandKitInput) => (await api.POST('/v1/brand-kits', { body })).data!);

export const useUpdateBrandKit = () =>
  useBrandKitsMutation(async ({ id, body }: { id: string; body: BrandKitPatch }) => (await api.PATCH('/v1/brand-kits/{id}', { params: { path: { id } }, body })).data!);

export const useDeleteBrandKit = () =>
  useBrandKitsMutation(async (id: string) => {
    await api.DELETE('/v1/brand-kits/{id}', { params: { path: { id } } });
  });

/**
 * Sends the image itself as the body, with its type: the typed client models the body as a string,
 * so it is passed through as is (same middleware: workspace, CSRF token, errors as ApiError).
 */
export async function uploadLogo(id: string, file: Blob): Promise<BrandKit> {
  const { data } = await api.POST('/v1/brand-kits/{id}/logo', {
    params: { path: { id } },
    body: file as unknown as string,
    bodySerializer: (body: unknown) => body as string,
    headers: { 'Content-Type': file.type || 'application/octet-stream' },
  });
  return data!;
}

export const useUploadLogo = () => useBrandKitsMutation(({ id, file }: { id: string; file: Blob }) => uploadLogo(id, file));

/**
 * The rendering of the sample email with the brand values being edited, in `locale`. Kept while the
 * next one comes, so the preview does not blink; off when `body` is null (nothing valid to show yet).
 */
export const useBrandPreview = (body: components['schemas']['RenderDraftDto'] | null) =>
  useQuery({
    queryKey: brandKitKeys.preview(body),
    enabled: body !== null,
    queryFn: async ({ signal }) => (await api.POST('/v1/templates/render', { body: body!, signal })).data!,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
