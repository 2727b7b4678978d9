export interface UtmContext {
  channel: string;
  campaignId: string;
  stepPosition: number | null;
  variant: string | null;
}

/**
 * The recorded URL with Clarion's UTM parameters: utm_source=clarion, utm_medium=<channel>,
 * utm_campaign=<campaign id>, utm_content=<step position>-<variant>. The URL's own parameters and
 * fragment are kept, and UTM parameters it already carries win (the author set them on purpose).
 */
export function withUtm(url: string, context: UtmContext): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const content = [context.stepPosition ?? 'x', context.variant ?? 'a'].join('-');
  const utm: [string, string][] = [
    ['utm_source', 'clarion'],
    ['utm_medium', context.channel],
    ['utm_campaign', context.campaignId],
    ['utm_content', content],
  ];
  for (const [name, value] of utm) {
    if (!parsed.searchParams.has(name)) parsed.searchParams.append(name, value);
  }
  return parsed.toString();
}
