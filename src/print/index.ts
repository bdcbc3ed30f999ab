// Work in progress.
export {};
