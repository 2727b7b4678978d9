/** An answer's Content-Security-Policy, directive by directive (`default-src` → `["'none'"]`). */
export function cspDirectives(res: { headers: Record<string, string> }): Map<string, string[]> {
  return new Map(
    res.headers['content-security-policy']
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
}
