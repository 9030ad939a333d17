/**
 * The ranges lighting data can take, for search filters and (later) the catalog editor.
 * Wide enough for every real luminaire, narrow enough that a filter value always fits its
 * column (a lumen filter of 99,999,999,999,999 used to overflow PostgreSQL's integer: a 500).
 */
export const LIGHTING_LIMITS = {
  wattage: { min: 0, max: 100_000 },
  luminousFluxLm: { min: 0, max: 10_000_000 },
  colourTemperatureK: { min: 1_000, max: 10_000 },
  cri: { min: 0, max: 100 },
} as const;
