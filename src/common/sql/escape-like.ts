/** Text searched with `ILIKE … ESCAPE '\'`: its wildcards and backslashes match themselves. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}
