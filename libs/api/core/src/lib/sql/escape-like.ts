/**
 * A user's text as plain characters in a LIKE/ILIKE pattern: `%`, `_` and the escape character
 * `\` (PostgreSQL's default ESCAPE) each preceded by `\`, so that "10%" finds "10%" and not
 * "100". The caller adds its own wildcards around it.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
