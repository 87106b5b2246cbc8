#!/usr/bin/env node
// The `tessera` bin: runs the TypeScript sources through tsx's loader, in this one process (so
// Ctrl+C reaches the CLI directly, with no wrapper process in between).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
