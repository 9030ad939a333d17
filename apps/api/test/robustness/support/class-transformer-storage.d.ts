// class-transformer ships its typings apart from its CommonJS build; this names the one
// internal module the fuzzer reads (the `@Type()` of nested DTOs).
declare module 'class-transformer/cjs/storage' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage';
}
