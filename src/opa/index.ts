/**
 * The opa-sim gate's domain core (no @actions/* imports): load policies, data and inputs,
 * decide each input fail-closed with the embedded Rego engine, and render the evidence.
 */
export * from './load.js';
export * from './gate.js';
export * from './report.js';
export * from './run.js';
export * from './settings.js';
export * from './compile-cache.js';
