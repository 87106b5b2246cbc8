export {
  type Ack,
  type AckCallback,
  type IncomingOptions,
  describeIssues,
  incoming,
  zAck,
} from './ack.ts';
export { copyBytes, zBytes } from './bytes.ts';
export * from './wire-values.ts';
export * from './node-display.ts';
export * from './partial-wire.ts';
export * from './runner-events.ts';
export * from './run-events.ts';
export * from './runner-summary.ts';
export * from './client-events.ts';
