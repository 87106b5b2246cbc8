export { RunnerRegistry, type ConnectedRunner, type RunnerListener } from './runner-registry.ts';
