/**
 * The golden JSON Schema (draft-07), the same document as schemas/trajectory-golden.schema.json
 * (published for editors; tests/trajectory keeps the two identical). Embedded so the bundles
 * need no file at run time.
 */
export const goldenSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/mc-actions/mc-actions/schemas/trajectory-golden.schema.json',
  title: 'Trajectory golden (mc trajectory-golden)',
  description:
    'An expected agent trajectory: the Reason/Act/Observe steps a recorded run must show. Field values are literal JSON (RFC 8785 canonical equality) or one-key $-matchers.',
  type: 'object',
  required: ['id', 'steps'],
  additionalProperties: false,
  properties: {
    id: {
      type: 'string',
      minLength: 1,
      description:
        'golden id; in directory mode the recorded trajectory is <id>.* in the trajectory directory unless `trajectory` names it',
    },
    description: {
      type: 'string',
    },
    input: {
      description: 'the task given to the agent (informational; not compared)',
    },
    trajectory: {
      type: 'string',
      minLength: 1,
      description: 'the recorded trajectory file, relative to the trajectory directory',
    },
    format: {
      enum: ['auto', 'openai', 'langchain', 'otel', 'react'],
      description: 'input format of the recorded trajectory (default auto)',
    },
    mode: {
      enum: ['strict', 'in_order', 'unordered', 'superset', 'subset'],
      description: 'ordering mode (default strict)',
    },
    allow_extra: {
      type: 'boolean',
      description: 'in_order only: actual steps between golden steps are allowed (default true)',
    },
    tool_args: {
      $ref: '#/definitions/toolArgs',
      description: 'default comparison of action_input (default exact)',
    },
    tool_args_overrides: {
      type: 'object',
      description:
        "per tool name: a tool-args mode, or a list of dotted key paths compared for equality (other keys ignored), as agentevals' tool_args_match_overrides; --tool-args-override wins tool by tool",
      additionalProperties: {
        anyOf: [
          {
            $ref: '#/definitions/toolArgs',
          },
          {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        ],
      },
    },
    defaults: {
      type: 'object',
      additionalProperties: false,
      description: 'matchers for step fields a step leaves out (default: ignore)',
      properties: {
        action_input: {
          $ref: '#/definitions/value',
        },
        thought: {
          $ref: '#/definitions/value',
        },
        observation: {
          $ref: '#/definitions/value',
        },
      },
    },
    volatile_keys: {
      type: 'array',
      items: {
        type: 'string',
        minLength: 1,
      },
      description: 'object keys stripped at any depth from action_input and observation before matching',
    },
    final_answer: {
      $ref: '#/definitions/value',
    },
    steps: {
      type: 'array',
      items: {
        $ref: '#/definitions/step',
      },
    },
  },
  definitions: {
    toolArgs: {
      enum: ['exact', 'ignore', 'subset', 'superset'],
    },
    step: {
      type: 'object',
      required: ['action'],
      additionalProperties: false,
      properties: {
        name: {
          type: 'string',
          description: 'a label for reports',
        },
        action: {
          anyOf: [
            {
              type: 'string',
              minLength: 1,
            },
            {
              $ref: '#/definitions/matcher',
            },
          ],
        },
        action_input: {
          $ref: '#/definitions/value',
        },
        thought: {
          $ref: '#/definitions/value',
        },
        observation: {
          $ref: '#/definitions/value',
        },
        tool_args: {
          $ref: '#/definitions/toolArgs',
        },
        optional: {
          type: 'boolean',
        },
        repeat: {
          type: 'object',
          additionalProperties: false,
          properties: {
            min: {
              type: 'integer',
              minimum: 0,
            },
            max: {
              type: 'integer',
              minimum: 1,
            },
          },
        },
      },
    },
    value: {
      if: {
        type: 'object',
        minProperties: 1,
        maxProperties: 1,
        propertyNames: {
          pattern: '^\\$',
        },
      },
      then: {
        $ref: '#/definitions/matcher',
      },
    },
    matcher: {
      type: 'object',
      minProperties: 1,
      maxProperties: 1,
      additionalProperties: false,
      properties: {
        $exact: {},
        $regex: {
          type: 'string',
        },
        $json_subset: {},
        $numeric: {
          type: 'object',
          required: ['value'],
          additionalProperties: false,
          properties: {
            value: {
              type: 'number',
            },
            abs: {
              type: 'number',
              minimum: 0,
            },
            rel: {
              type: 'number',
              minimum: 0,
            },
          },
        },
        $one_of: {
          type: 'array',
          minItems: 1,
          items: {
            $ref: '#/definitions/value',
          },
        },
        $ignore: {
          const: true,
        },
        $absent: {
          const: true,
        },
      },
    },
  },
} as const;
