# Shared fixtures for the policy tests: tenant configuration, the persisted-query index and
# requests shaped like the seed's interop calls (v0.3.2 PR-3 curl example).
package mc.fixtures

tenants := {
	"TENANT_001": {"residencyTags": ["US"], "purposes": ["investigation", "fraud_review"]},
	"TENANT_002": {"residencyTags": ["EU", "UK"], "purposes": ["investigation"]},
	"TENANT_003": {"residencyTags": [], "purposes": ["investigation"]},
}

persisted_queries := {
	"pq.getPersonById": {"purposes": ["investigation", "fraud_review"]},
	"pq.searchEntitiesByName": {"purposes": ["investigation"]},
	"pq.listExecutions": {},
}

# TENANT_001 investigating one of its own executions from the US through a persisted query
request := {
	"actor": {"tenant": "TENANT_001", "id": "agent:code-refactor"},
	"subject": {"tenant": "TENANT_001", "kind": "execution", "id": "exec-42"},
	"action": {"kind": "a2a", "resource": "code-refactor"},
	"region": "US",
	"purpose": "investigation",
	"pqid": "pq.getPersonById",
}

# the seed's TENANT_006 checklist (v0.3.2 PR-2), READY
checklist := {
	"tenant": "TENANT_006",
	"trafficProfile": {"dailyOps": 1.2e6, "peakQPS": 180},
	"residencyTags": ["US"],
	"cachePlan": {"hotKeyTTL": 300, "maxKeys": 20000},
	"queryBudgets": {"topOps": ["pq.getPersonById", "pq.searchEntitiesByName"]},
	"compliance": {"persistedOnly": ">=0.999", "residencyViolations": 0},
	"disasterRecovery": {"enrolled": true, "rpo": "<=5m", "rto": "<=30m"},
}
