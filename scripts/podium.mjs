#!/usr/bin/env node
// The `podium` command: runs src/cli.ts through tsx's loader (TypeScript without a compile step).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
await main();
