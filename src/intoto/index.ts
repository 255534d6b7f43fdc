/** The intoto-verify gate's domain core: in-toto layouts, links and attestations. */
export * from './ocj.js';
export * from './fnmatch.js';
export * from './sslib-keys.js';
export * from './metadata.js';
export * from './rules.js';
export * from './artifacts.js';
export * from './runlib.js';
export * from './verify.js';
export * from './attestation.js';
export * from './report.js';
export * from './settings.js';
