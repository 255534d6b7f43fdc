/**
 * The evidence policy JSON Schema (draft-07), the same document as schemas/evidence-policy.schema.json
 * (published for editors; tests/evidence keeps the two identical). Embedded so the bundles need no
 * file at run time.
 */
export const policySchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/mc-actions/mc-actions/schemas/evidence-policy.schema.json',
  title: 'Evidence policy (mc evidence verify --policy, evidence-pack input policy)',
  description:
    'Which kinds of evidence a release must carry and how old it may be. Unknown keys are errors: a misspelled key must never silently weaken the policy.',
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    required: {
      description: 'kinds that at least one verified file must have: a list, or one comma-separated string',
      oneOf: [
        {
          type: 'array',
          minItems: 1,
          items: {
            type: 'string',
            minLength: 1,
          },
        },
        {
          type: 'string',
          pattern: '[^,\\s]',
        },
      ],
    },
    'max-age': {
      description: 'maximum age of the release evidence: a duration such as 90s, 15m, 24h, 7d, 1w, or a number of seconds',
      oneOf: [
        {
          type: 'string',
          pattern: '^\\s*\\d+(\\.\\d+)?\\s*[smhdw]?\\s*$',
        },
        {
          type: 'number',
          minimum: 0,
        },
      ],
    },
  },
} as const;
