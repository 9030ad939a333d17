import { escapeLike } from '@lumen/api/core';
import type { ProductMatch } from './product-match';

/** Shorter words have too few trigrams to be told from others: they are never corrected. */
const MIN_WORD = 4;
/** Products whose words are compared with a misspelt one: enough to find the catalog's spelling. */
const CANDIDATES = 200;

/** The same escaping as `escapeLike`, in SQL, for a word taken from the catalog. */
const escapeLikeSql = (sql: string) => `replace(replace(replace(${sql}, '\\', '\\\\'), '%', '\\%'), '_', '\\_')`;

/**
 * The typo fallback of a search, as CTEs for the ranking statement, so "did you mean" costs no
 * statement of its own. Only when `matches` is empty: each word of 4+ letters that finds
 * nothing alone is replaced by the catalog word most similar to it (pg_trgm `similarity`),
 * among the words of products the trigram index finds close to it (`<%`, word similarity).
 * `chosen` is then `matches` or, when it is empty, the corrected search's matches;
 * `corrections` (a JSON array, one entry per word, null where kept) says what was corrected.
 * Null when the search has no word to correct.
 */
export function typoFallbackSql(match: ProductMatch): { ctes: string; corrections: string } | null {
  const fixable = match.words.map((word) => word.length >= MIN_WORD);
  if (!fixable.includes(true)) return null;
  const { params } = match;
  const wordParams = match.words.map((word) => params.add(word));
  const patternParams = match.words.map((word) => params.add(`%${escapeLike(word)}%`));
  const fixes = match.words.flatMap((_, index) =>
    fixable[index]
      ? [
          `fix_${index} AS MATERIALIZED (
             SELECT w.word FROM (
               SELECT p.search_text FROM products p
               WHERE NOT EXISTS (SELECT 1 FROM matches)
                 AND NOT EXISTS (SELECT 1 FROM products x WHERE x.search_text LIKE ${patternParams[index]})
                 AND ${wordParams[index]} <% p.search_text
               LIMIT ${CANDIDATES}) c
             CROSS JOIN LATERAL regexp_split_to_table(c.search_text, ' ') AS w(word)
             WHERE length(w.word) >= ${MIN_WORD}
             ORDER BY similarity(w.word, ${wordParams[index]}) DESC, w.word
             LIMIT 1)`,
        ]
      : [],
  );
  const fixed = (index: number) => (fixable[index] ? `(SELECT word FROM fix_${index})` : 'NULL::text');
  const anyFix = match.words
    .map((_, index) => (fixable[index] ? `EXISTS (SELECT 1 FROM fix_${index})` : 'false'))
    .join(' OR ');
  const corrected = match.matchesWithWords(
    (index) => `('%' || ${escapeLikeSql(`coalesce(${fixed(index)}, ${wordParams[index]})`)} || '%')`,
  );
  return {
    ctes: `${fixes.join(',\n')},
       fuzzy AS MATERIALIZED (
         SELECT f.* FROM (${corrected}) f WHERE NOT EXISTS (SELECT 1 FROM matches) AND (${anyFix})),
       chosen AS (SELECT * FROM matches UNION ALL SELECT * FROM fuzzy)`,
    corrections: `CASE WHEN EXISTS (SELECT 1 FROM fuzzy)
       THEN json_build_array(${match.words.map((_, index) => fixed(index)).join(', ')}) END`,
  };
}

/** The query as the user would have typed it with the corrections made. */
export const correctedQuery = (words: readonly string[], corrections: readonly (string | null)[]) =>
  words.map((word, index) => corrections[index] ?? word).join(' ');
