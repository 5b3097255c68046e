#!/usr/bin/env node
// The `jixiao` command. Runs the TypeScript sources directly through tsx, so a checkout needs no build.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
