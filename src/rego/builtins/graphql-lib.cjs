// Loads graphql-js (the `graphql` package) on the first call. CommonJS on purpose: the bundler
// (ncc/webpack) bundles a `require` inside a CommonJS module and evaluates the required module only
// when the call runs, while the builtins are synchronous, so `import()` cannot serve. graphql-js
// takes ~200 ms to load, which a policy without GraphQL never pays.
/* global module, require */
'use strict';
module.exports = function loadGraphql() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('graphql');
};
