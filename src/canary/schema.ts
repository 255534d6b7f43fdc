/**
 * The canary config JSON Schema (draft-07): schemas/canary-config.schema.json, the one document
 * (published for editors), bundled into the actions and the CLI at build time so no file is read at
 * run time. Unknown keys are errors (additionalProperties: false everywhere except the Kayenta blocks
 * the judge does not read itself: query and scopes are checked by src/canary/prometheus.ts,
 * judgeConfigurations is ignored).
 */
import schema from '../../schemas/canary-config.schema.json';

export const canaryConfigSchema: object = schema;
