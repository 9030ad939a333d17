// Filled by the work.
export {};
