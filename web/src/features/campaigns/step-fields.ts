// Where the api's problems about a step go in the step form (pure, tested beside).

/** The form field an api path names: `offset` → days, `variants[1].templateVersionId` → that variant's version. */
export function fieldOf(path: string): string | null {
  const p = path.replace(/\[(\d+)\]/g, '.$1');
  if (p === 'templateVersionId') return 'versionId';
  if (p === 'offset') return 'days';
  if (p === 'localTime') return 'localTime';
  if (/^variants\.\d+\.templateVersionId$/.test(p)) return p.replace('templateVersionId', 'versionId');
  if (/^variants\.\d+\.weight$/.test(p)) return p;
  if (p.startsWith('variants')) return 'variants';
  if (p.startsWith('personaIds')) return 'personaIds';
  if (p === 'abTestFraction') return 'abTestPercent';
  if (p === 'abDecideAfter') return 'abDecideHours';
  if (/^links\.(enrol|survey|certificate)$/.test(p)) return p;
  if (['name', 'channel', 'phase', 'anchor', 'segmentId', 'enrollmentCondition', 'essential'].includes(p)) return p;
  return null;
}
