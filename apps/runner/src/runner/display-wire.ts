// What an output node shows, in the form that travels to the hub: the files it saved. A shown
// image stays behind (it is the node's input, which the hub already holds).
import type { NodeDisplay } from '@tessera/nodes';
import type { NodeDisplayWire } from '@tessera/protocol';

export function toDisplayWire(display: NodeDisplay | undefined): NodeDisplayWire | undefined {
  if (display?.kind !== 'saved') return undefined;
  return {
    kind: 'saved',
    files: display.files.map(({ name, bytes, width, height }) => ({ name, bytes, width, height })),
  };
}
