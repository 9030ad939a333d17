// Filled by the work: the public surface of this library.
export {};
