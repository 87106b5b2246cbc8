import { describe, expect, it } from 'vitest';
import { hrefWithWorkflow, workflowIdIn } from './workflow-url.ts';

describe('workflow url', () => {
  it('reads the workflow id', () => {
    expect(workflowIdIn('?workflow=wf_12&x=1')).toBe('wf_12');
    expect(workflowIdIn('?workflow=')).toBeNull();
    expect(workflowIdIn('')).toBeNull();
  });

  it('sets and removes it, keeping the rest', () => {
    expect(hrefWithWorkflow('http://h/?x=1#n', 'wf_2')).toBe('/?x=1&workflow=wf_2#n');
    expect(hrefWithWorkflow('http://h/?workflow=wf_1&x=1', null)).toBe('/?x=1');
  });
});
