import { DuplicateNodeTypeError, UnknownNodeTypeError, defineNodeSpec } from '@tessera/graph';
import { describe, expect, it } from 'vitest';
import { builtinNodes, createBuiltinRegistry } from '../nodes/builtin-nodes.ts';
import { nodeSpecs } from '../specs/index.ts';
import { defineNode } from './define-node.ts';
import { createNodeRegistry } from './registry.ts';

const echo = defineNode(
  defineNodeSpec({
    type: 'test.echo',
    version: 1,
    title: 'Echo',
    category: 'test',
    description: '',
    params: [],
    inputs: [],
    outputs: [],
    output: true,
  }),
  () => Promise.resolve({ outputs: {} }),
);

describe('node registries', () => {
  it('hold the core and Plan Lab nodes with the specs of @tessera/nodes/specs, in order', () => {
    const registry = createBuiltinRegistry();
    expect(registry.list().map((node) => node.spec)).toEqual([...nodeSpecs]);
    expect(registry.catalogue.list()).toEqual([...nodeSpecs]);
    expect(registry.get('ar.plan').spec.type).toBe('ar.plan');
    expect(registry.has('image.save')).toBe(true);
    expect(registry.find('KSampler')).toBeUndefined();
  });

  it('take extra node types beside the core ones', () => {
    const registry = createBuiltinRegistry([echo]);
    expect(registry.get('test.echo')).toBe(echo);
    expect(registry.catalogue.get('test.echo')).toBe(echo.spec);
  });

  it('throw naming a type registered twice', () => {
    expect(() => createNodeRegistry([echo, echo])).toThrow(DuplicateNodeTypeError);
    expect(() => createBuiltinRegistry([builtinNodes[2]!])).toThrow(
      '"plan.expand" is registered twice',
    );
  });

  it('throw naming an unknown type', () => {
    const registry = createBuiltinRegistry();
    expect(() => registry.get('KSampler')).toThrow(UnknownNodeTypeError);
    expect(() => registry.get('KSampler')).toThrow('Unknown node type "KSampler"');
  });
});
