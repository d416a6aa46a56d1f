#!/usr/bin/env node
// The `ayuda` command. The CLI is TypeScript run through tsx, so the repository
// needs no separate compile step before `npx ayuda ...` works.
import { register } from 'tsx/esm/api';
register();
await import('../cli/main.ts');
