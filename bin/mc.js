#!/usr/bin/env node
// The mc CLI: runs the bundled CLI (dist/cli/index.js, built by `node scripts/build.mjs cli`).
await import('../dist/cli/index.js');
