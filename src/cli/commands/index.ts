/**
 * The `mc` command registry: top-level word to a lazily loaded module exporting `commands`.
 * Lazy imports keep start-up fast (ncc emits each as its own chunk).
 * Each gate owns exactly one module here.
 */
import type { CliCommand } from '../cli.js';

export type CommandModule = { commands: CliCommand[] };

export const registry: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  keygen: { summary: 'generate an Ed25519 key pair and JWKS', load: () => import('./evidence.js') },
  jwks: { summary: 'manage a JWKS: add keys, retire keys', load: () => import('./evidence.js') },
  evidence: { summary: 'pack, verify and disclose signed release evidence', load: () => import('./evidence.js') },
  jws: { summary: 'sign and verify detached JWS response tokens (EdDSA)', load: () => import('./evidence.js') },
  'config-attest': { summary: 'signed config snapshots and semantic drift verification', load: () => import('./config-attest.js') },
  intoto: { summary: 'verify in-toto layouts and attestations; record and sign metadata', load: () => import('./intoto.js') },
  opa: { summary: 'Rego: opa eval / opa test compatible', load: () => import('./opa.js') },
  'opa-sim': { summary: 'fail-closed policy gate over inputs or config files', load: () => import('./opa-sim.js') },
  'canary-score': { summary: 'judge a canary against its baseline (Kayenta-compatible)', load: () => import('./canary-score.js') },
  'grounding-check': { summary: 'check RAG answers against their sources', load: () => import('./grounding-check.js') },
  'trajectory-golden': { summary: 'check agent trajectories against goldens', load: () => import('./trajectory-golden.js') },
  slo: { summary: 'SLO snapshots: error budgets and burn rates from Prometheus', load: () => import('./slo.js') },
};
