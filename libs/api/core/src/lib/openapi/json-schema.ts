/** A JSON Schema (the 2020-12 dialect OpenAPI 3.1 uses) as plain data. */
export interface JsonSchema {
  readonly [keyword: string]: unknown;
}
