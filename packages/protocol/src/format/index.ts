// @tessera/protocol/format: how values that travel between the parts are shown to people.
export { formatDuration } from './format-duration.ts';
