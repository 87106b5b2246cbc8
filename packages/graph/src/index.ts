export {
  type EdgeId,
  type NodeId,
  type RunId,
  type WorkflowId,
  edgeId,
  nodeId,
  runId,
  workflowId,
  zEdgeId,
  zNodeId,
  zRunId,
  zWorkflowId,
} from './ids.ts';
export { lazySchema } from './lazy-schema.ts';
export { PORT_TYPES, type PortType, canConnect, zPortType } from './port-types.ts';
export {
  CURRENT_WORKFLOW_VERSION,
  WORKFLOW_FORMAT,
  type Params,
  type PinnedModels,
  type PortRef,
  type Position,
  type WorkflowDocument,
  type WorkflowDocumentInput,
  type WorkflowEdge,
  type WorkflowNode,
  zParams,
  zPinnedModels,
  zPortRef,
  zPosition,
  zWorkflowDocument,
  zWorkflowEdge,
  zWorkflowNode,
} from './workflow-schema.ts';
export { MAX_SEED } from './seed-range.ts';
export {
  type EnumOption,
  type InputSpec,
  type NodeSpec,
  type OutputSpec,
  type ParamKind,
  type ParamSpec,
  type ParamsOf,
  zBooleanParamSpec,
  zEnumOption,
  zEnumParamSpec,
  zFloatParamSpec,
  zInputSpec,
  zIntParamSpec,
  zNodeSpec,
  zOutputSpec,
  zParamSpec,
  zSeedParamSpec,
  zStringParamSpec,
} from './node-spec.ts';
export { defineNodeSpec } from './define-node-spec.ts';
export { assertNodeSpec, nodeSpecProblems } from './node-spec-problems.ts';
export {
  type ParamIssue,
  type ParamIssueCode,
  checkParamValue,
  describeValue,
  patternRegExp,
} from './param-check.ts';
export { ParamsError, parseParams, resolveParams } from './params.ts';
export {
  type Catalogue,
  DuplicateNodeTypeError,
  UnknownNodeTypeError,
  createCatalogue,
} from './catalogue.ts';
export {
  PROBLEM_CODES,
  WARNING_CODES,
  type Problem,
  type ProblemCode,
  type Severity,
} from './problems.ts';
export { formatPath } from './format-path.ts';
export {
  MIGRATIONS,
  type MigrateOptions,
  type MigrateResult,
  type Migration,
  type RawDocument,
  migrateDocument,
} from './migrations.ts';
export { type ValidateOptions, type ValidationResult, validate } from './validate.ts';
export { type ReadDocumentResult, readDocument } from './read-document.ts';
export { type TopologicalResult, findCycles, topologicalOrder } from './graph-order.ts';
export { PlanError, type PlanErrorCode, orderNodes, plan } from './plan.ts';
export { canonicalJson } from './canonical-json.ts';
export { computeCacheKeys } from './cache-key.ts';
export {
  type DiffOptions,
  type DocumentDiff,
  type NodeChange,
  type NodeMove,
  type ParamChange,
  type ValueChange,
  diffDocuments,
  edgeKey,
  isLayoutOnly,
} from './diff-documents.ts';
export { MAX_SWEEP_VALUES, type WorkflowSweep, zWorkflowSweep } from './workflow-schema.ts';
export {
  type HeldModel,
  type MissingPiece,
  type MissingPieceKind,
  type RunnerCapabilities,
  missingPieces,
  modelOfNode,
} from './missing-pieces.ts';
export { expandSweep } from './sweep.ts';
export {
  COMPONENT_ID_SEPARATOR,
  COMPONENT_TYPE_PREFIX,
  MAX_COMPONENT_DEPTH,
  type ComponentDefinition,
  type ComponentDefinitionInput,
  type ComponentInput,
  type ComponentOutput,
  type ComponentSource,
  type Components,
  type ExposedParam,
  type ParamTarget,
  componentIdOf,
  componentType,
  zComponentDefinition,
  zComponentSource,
  zComponents,
} from './component-schema.ts';
export { COMPONENT_CATEGORY, componentSpec } from './component-spec.ts';
export {
  type FlatOrigin,
  FlattenError,
  type FlattenErrorCode,
  type FlattenResult,
  flattenDocument,
} from './flatten-document.ts';
export { GroupError, type GroupOptions, groupIntoComponent } from './group-component.ts';
export { groupInsideComponent } from './group-inside-component.ts';
export { UngroupError, ungroupComponent } from './ungroup-component.ts';
export { ungroupInsideComponent } from './ungroup-inside-component.ts';
export { componentNodeOf } from './component-node-of.ts';
export { fitInstancesToDefinitions } from './fit-instances.ts';
export {
  type DroppedBoundaryEntry,
  type PrunedDocument,
  pruneBrokenBoundaries,
} from './prune-broken-boundaries.ts';
export {
  LIBRARY_INSTANCE_ID,
  type LibraryComponent,
  LibraryComponentError,
  type LibraryComponentVersion,
  componentLibraryDocument,
  readLibraryComponent,
  takeLibraryComponent,
  updateLibraryComponent,
} from './library-component.ts';
