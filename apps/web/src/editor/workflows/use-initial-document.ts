'use client';
// Placeholder until the workflow menu lands: the editor starts empty.
export function useInitialDocument(): void {}
