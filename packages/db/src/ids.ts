// Branded id types: a WorkflowId cannot be passed where a RunId is expected.
// (@tessera/graph defines its own NodeId/WorkflowId brands; these stay structurally plain
// strings underneath so the hub can convert between them with a cast at one place.)

declare const brand: unique symbol;

export type Brand<T, Name extends string> = T & { readonly [brand]: Name };

export type WorkflowId = Brand<string, 'WorkflowId'>;
export type WorkflowVersionId = Brand<string, 'WorkflowVersionId'>;
export type RunId = Brand<string, 'RunId'>;
export type ArtifactId = Brand<string, 'ArtifactId'>;
export type RunnerId = Brand<string, 'RunnerId'>;
export type UserId = Brand<string, 'UserId'>;
/** A node's id inside a workflow document. */
export type NodeId = Brand<string, 'NodeId'>;

/** Brands an id read from the database or from validated input. */
export function asId<Id extends Brand<string, string>>(value: string): Id {
  return value as Id;
}

export function asOptionalId<Id extends Brand<string, string>>(value: string | null): Id | null {
  return value === null ? null : (value as Id);
}
