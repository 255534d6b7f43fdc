/**
 * The canary config JSON Schema (draft-07), the same document as schemas/canary-config.schema.json
 * (published for editors; tests/canary keeps the two identical). Embedded so the bundles need no
 * file at run time. Unknown keys are errors (additionalProperties: false everywhere except the
 * Kayenta blocks the judge does not read: query, templates, judgeConfigurations).
 */
export const canaryConfigSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://github.com/mc-actions/mc-actions/schemas/canary-config.schema.json",
  "title": "Canary config (mc canary-score)",
  "description": "A Kayenta canary config (configVersion 1: metrics[].analysisConfigurations.canary, metrics[].groups, classifier.groupWeights) or the mc canary YAML superset (flat metric settings, weights, maxIncrease, guards, thresholds, judge, rollout). Unknown keys are errors. The file may also hold the config under a single top-level `canary:` key.",
  "type": "object",
  "required": [
    "metrics"
  ],
  "additionalProperties": false,
  "properties": {
    "$schema": {
      "type": "string"
    },
    "name": {
      "type": "string"
    },
    "id": {
      "type": "string",
      "description": "Kayenta: config id"
    },
    "description": {
      "type": "string"
    },
    "configVersion": {
      "type": [
        "string",
        "number"
      ],
      "description": "Kayenta: config format version (1)"
    },
    "applications": {
      "type": "array",
      "items": {
        "type": "string"
      },
      "description": "Kayenta: owning applications"
    },
    "createdTimestamp": {
      "type": "number"
    },
    "updatedTimestamp": {
      "type": "number"
    },
    "createdTimestampIso": {
      "type": "string"
    },
    "updatedTimestampIso": {
      "type": "string"
    },
    "templates": {
      "type": "object",
      "description": "Kayenta: query templates (not used by the judge)"
    },
    "judge": {
      "anyOf": [
        {
          "enum": [
            "kayenta",
            "exact"
          ]
        },
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "name"
          ],
          "properties": {
            "name": {
              "type": "string"
            },
            "judgeConfigurations": {
              "type": "object"
            }
          },
          "description": "Kayenta: the judge block ({name: NetflixACAJudge-v1.0}); the judge mode then comes from --judge (default exact)"
        }
      ],
      "description": "kayenta (NetflixACAJudge-v1.0 numerics) or exact (default)"
    },
    "thresholds": {
      "$ref": "#/definitions/thresholds"
    },
    "weights": {
      "type": "object",
      "additionalProperties": {
        "$ref": "#/definitions/number"
      },
      "description": "group weights, fractions summing to at most 1 or percents summing to at most 100"
    },
    "classifier": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "groupWeights": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/number"
          },
          "description": "Kayenta: percent per group"
        },
        "scoreThresholds": {
          "$ref": "#/definitions/thresholds",
          "description": "Kayenta: pass and marginal (used when thresholds is absent)"
        }
      }
    },
    "metrics": {
      "type": "array",
      "minItems": 1,
      "items": {
        "$ref": "#/definitions/metric"
      }
    },
    "guards": {
      "type": "array",
      "items": {
        "$ref": "#/definitions/guard"
      }
    },
    "rollout": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "trafficWeight": {
          "$ref": "#/definitions/number",
          "description": "current canary traffic, percent"
        },
        "bakeMinutes": {
          "$ref": "#/definitions/number"
        },
        "minWeight": {
          "$ref": "#/definitions/number"
        }
      }
    }
  },
  "definitions": {
    "number": {
      "type": [
        "number",
        "string"
      ],
      "pattern": "^\\s*[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?\\s*%?\\s*$",
      "description": "a number, or a numeric string with an optional % (5% is 0.05)"
    },
    "boolean": {
      "enum": [
        true,
        false,
        "true",
        "false"
      ]
    },
    "thresholds": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "pass": {
          "$ref": "#/definitions/number"
        },
        "marginal": {
          "$ref": "#/definitions/number"
        }
      }
    },
    "direction": {
      "enum": [
        "increase",
        "decrease",
        "either"
      ]
    },
    "nanStrategy": {
      "enum": [
        "remove",
        "replace"
      ]
    },
    "effectSize": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "measure": {
          "enum": [
            "meanRatio",
            "cles"
          ]
        },
        "allowedIncrease": {
          "$ref": "#/definitions/number"
        },
        "allowedDecrease": {
          "$ref": "#/definitions/number"
        },
        "criticalIncrease": {
          "$ref": "#/definitions/number"
        },
        "criticalDecrease": {
          "$ref": "#/definitions/number"
        }
      }
    },
    "outliers": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "strategy": {
          "enum": [
            "keep",
            "remove"
          ]
        },
        "outlierFactor": {
          "$ref": "#/definitions/number"
        }
      }
    },
    "analysis": {
      "type": "object",
      "additionalProperties": false,
      "description": "Kayenta: metrics[].analysisConfigurations.canary",
      "properties": {
        "direction": {
          "$ref": "#/definitions/direction"
        },
        "nanStrategy": {
          "$ref": "#/definitions/nanStrategy"
        },
        "critical": {
          "$ref": "#/definitions/boolean"
        },
        "mustHaveData": {
          "$ref": "#/definitions/boolean"
        },
        "muted": {
          "$ref": "#/definitions/boolean"
        },
        "effectSize": {
          "$ref": "#/definitions/effectSize"
        },
        "outliers": {
          "$ref": "#/definitions/outliers"
        }
      }
    },
    "metric": {
      "type": "object",
      "required": [
        "name"
      ],
      "additionalProperties": false,
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1
        },
        "label": {
          "type": "string",
          "minLength": 1,
          "description": "name used in reasons"
        },
        "unit": {
          "type": "string",
          "minLength": 1
        },
        "group": {
          "type": "string",
          "minLength": 1
        },
        "groups": {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          }
        },
        "direction": {
          "$ref": "#/definitions/direction"
        },
        "nanStrategy": {
          "$ref": "#/definitions/nanStrategy"
        },
        "critical": {
          "$ref": "#/definitions/boolean"
        },
        "mustHaveData": {
          "$ref": "#/definitions/boolean"
        },
        "muted": {
          "$ref": "#/definitions/boolean"
        },
        "effectSize": {
          "$ref": "#/definitions/effectSize"
        },
        "outliers": {
          "$ref": "#/definitions/outliers"
        },
        "maxIncrease": {
          "$ref": "#/definitions/number",
          "description": "the canary may be up to this much higher (5% or 0.05)"
        },
        "maxDecrease": {
          "$ref": "#/definitions/number"
        },
        "analysisConfigurations": {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "canary": {
              "$ref": "#/definitions/analysis"
            }
          }
        },
        "query": {
          "type": "object",
          "description": "Kayenta: the metric store query (not used by the judge)"
        },
        "scopeName": {
          "type": "string",
          "description": "Kayenta: scope name"
        }
      }
    },
    "guard": {
      "type": "object",
      "required": [
        "name",
        "metric"
      ],
      "additionalProperties": false,
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1
        },
        "type": {
          "enum": [
            "threshold",
            "burnRate",
            "rate"
          ]
        },
        "metric": {
          "type": "string",
          "minLength": 1
        },
        "action": {
          "enum": [
            "halt",
            "pause",
            "warn",
            "page"
          ]
        },
        "min": {
          "$ref": "#/definitions/number"
        },
        "max": {
          "$ref": "#/definitions/number"
        },
        "threshold": {
          "$ref": "#/definitions/number"
        },
        "window": {
          "$ref": "#/definitions/number",
          "description": "seconds"
        },
        "slo": {
          "$ref": "#/definitions/number"
        },
        "period": {
          "$ref": "#/definitions/number",
          "description": "seconds"
        }
      }
    }
  }
} as const;
