# Readiness checklist (seed v0.3.2 PR-2 "Readiness Assessment Pipeline": checklist.yaml per
# tenant, `jq -e '.status=="READY"'`; v0.3.5 "readiness; DR enrolled").
#
# Input: a checklist shaped like the seed's ops/readiness/tenants/<TENANT>/checklist.yaml:
#   trafficProfile: { dailyOps: 1.2e6, peakQPS: 180 }
#   residencyTags: [ US ]
#   cachePlan: { hotKeyTTL: 300, maxKeys: 20000 }
#   queryBudgets: { topOps: [ "pq.getPersonById", "pq.searchEntitiesByName" ] }
#   compliance: { persistedOnly: ">=0.999", residencyViolations: 0 }
#   disasterRecovery: { enrolled: true, rpo: "<=5m", rto: "<=30m" }
# optionally with `tenant` and measured `metrics: { persistedOnly: 0.9995, residencyViolations: 0 }`.
#
# status is READY when every check passes, NOT_READY otherwise; deny holds one reason per
# failed check (policy, check, msg); checks maps each check to true/false; score is the share
# of checks passed (0..1). Thresholds (limits) are the seed's: persisted-only >= 99.9%,
# 0 residency violations, RPO <= 5 minutes, RTO <= 30 minutes.
package mc.readiness

import data.mc.persisted

limits := {
	"persistedOnlyMin": 0.999,
	"residencyViolationsMax": 0,
	"rpoMaxSeconds": 300,
	"rtoMaxSeconds": 1800,
	"hotKeyTTLMaxSeconds": 86400,
}

check_names := {
	"traffic_profile",
	"residency_tags",
	"cache_plan",
	"query_budgets",
	"compliance_persisted_only",
	"compliance_residency",
	"dr_enrolled",
	"dr_rpo",
	"dr_rto",
	"metrics",
}

default allow := false

allow if count(deny) == 0

default status := "NOT_READY"

status := "READY" if allow

checks[name] := ok if {
	some name in check_names
	ok := count([r | some r in deny; r.check == name]) == 0
}

score := s if {
	s := count([n | some n, ok in checks; ok]) / count(check_names)
}

decision := d if {
	d := {
		"allow": allow,
		"status": status,
		"tenant": object.get(input, "tenant", null),
		"score": score,
		"checks": checks,
		"reasons": deny,
	}
}

# --- traffic profile: positive volumes, and the peak rate can carry the daily volume

traffic_ok if {
	p := input.trafficProfile
	is_number(p.dailyOps)
	is_number(p.peakQPS)
	p.dailyOps > 0
	p.peakQPS > 0
	p.peakQPS * 86400 >= p.dailyOps
}

deny contains r if {
	not traffic_ok
	r := reason("traffic_profile", "trafficProfile needs dailyOps > 0 and peakQPS > 0 with peakQPS x 86400 >= dailyOps")
}

# --- residency tags: a non-empty list of region codes (two capital letters, e.g. US, EU)

residency_tags_ok if {
	is_array(input.residencyTags)
	count(input.residencyTags) > 0
	every tag in input.residencyTags {
		is_string(tag)
		regex.match(`^[A-Z]{2}$`, tag)
	}
}

deny contains r if {
	not residency_tags_ok
	r := reason("residency_tags", "residencyTags must be a non-empty list of region codes such as US or EU")
}

# --- cache plan

cache_ok if {
	c := input.cachePlan
	is_number(c.hotKeyTTL)
	c.hotKeyTTL > 0
	c.hotKeyTTL <= limits.hotKeyTTLMaxSeconds
	is_number(c.maxKeys)
	c.maxKeys > 0
}

deny contains r if {
	not cache_ok
	r := reason("cache_plan", sprintf(
		"cachePlan needs hotKeyTTL in seconds (0 < hotKeyTTL <= %v) and maxKeys > 0",
		[limits.hotKeyTTLMaxSeconds]
	))
}

# --- query budgets: the top operations are persisted queries (and indexed, when the index is given)

top_ops_ok if {
	is_array(input.queryBudgets.topOps)
	count(input.queryBudgets.topOps) > 0
	every op in input.queryBudgets.topOps {
		is_string(op)
		regex.match(persisted.pqid_pattern, op)
	}
}

deny contains r if {
	not top_ops_ok
	r := reason("query_budgets", "queryBudgets.topOps must be a non-empty list of persisted query ids such as pq.getPersonById")
}

deny contains r if {
	top_ops_ok
	is_object(data.mc.persisted_queries)
	some op in input.queryBudgets.topOps
	not data.mc.persisted_queries[op]
	r := reason("query_budgets", sprintf("queryBudgets.topOps: %s is not in the persisted-query index", [op]))
}

# --- compliance targets: at least as strict as the platform's

persisted_only_target := t if {
	t := threshold(input.compliance.persistedOnly, ">=")
}

deny contains r if {
	not persisted_only_target
	r := reason("compliance_persisted_only", "compliance.persistedOnly must be a threshold such as \">=0.999\"")
}

deny contains r if {
	persisted_only_target < limits.persistedOnlyMin
	r := reason("compliance_persisted_only", sprintf(
		"compliance.persistedOnly target %v is below the required %v",
		[persisted_only_target, limits.persistedOnlyMin]
	))
}

deny contains r if {
	persisted_only_target > 1
	r := reason("compliance_persisted_only", sprintf("compliance.persistedOnly target %v is above 1", [persisted_only_target]))
}

residency_target := t if {
	t := threshold(input.compliance.residencyViolations, "<=")
}

deny contains r if {
	not residency_target
	r := reason("compliance_residency", "compliance.residencyViolations must be a number such as 0")
}

deny contains r if {
	residency_target > limits.residencyViolationsMax
	r := reason("compliance_residency", sprintf(
		"compliance.residencyViolations allows %v violations; at most %v are allowed",
		[residency_target, limits.residencyViolationsMax]
	))
}

# --- disaster recovery: enrolled, with RPO and RTO targets within the limits

deny contains r if {
	not object.get(input, ["disasterRecovery", "enrolled"], null) == true
	r := reason("dr_enrolled", "disasterRecovery.enrolled must be true (monthly DR drills)")
}

deny contains r if {
	not duration_target(object.get(input, ["disasterRecovery", "rpo"], null))
	r := reason("dr_rpo", "disasterRecovery.rpo must be a target such as \"<=5m\"")
}

deny contains r if {
	s := duration_target(input.disasterRecovery.rpo)
	s > limits.rpoMaxSeconds
	r := reason("dr_rpo", sprintf("disasterRecovery.rpo %v exceeds %vs", [input.disasterRecovery.rpo, limits.rpoMaxSeconds]))
}

deny contains r if {
	not duration_target(object.get(input, ["disasterRecovery", "rto"], null))
	r := reason("dr_rto", "disasterRecovery.rto must be a target such as \"<=30m\"")
}

deny contains r if {
	s := duration_target(input.disasterRecovery.rto)
	s > limits.rtoMaxSeconds
	r := reason("dr_rto", sprintf("disasterRecovery.rto %v exceeds %vs", [input.disasterRecovery.rto, limits.rtoMaxSeconds]))
}

# --- measured metrics, when attached, meet the compliance targets

deny contains r if {
	m := input.metrics.persistedOnly
	not is_number(m)
	r := reason("metrics", "metrics.persistedOnly must be a number (a ratio 0..1)")
}

deny contains r if {
	m := input.metrics.persistedOnly
	is_number(m)
	m < persisted_only_target
	r := reason("metrics", sprintf("measured persisted-only ratio %v is below the target %v", [m, persisted_only_target]))
}

deny contains r if {
	m := input.metrics.residencyViolations
	not is_number(m)
	r := reason("metrics", "metrics.residencyViolations must be a number")
}

deny contains r if {
	m := input.metrics.residencyViolations
	is_number(m)
	m > residency_target
	r := reason("metrics", sprintf("measured residency violations %v exceed the target %v", [m, residency_target]))
}

# --- helpers

reason(check, msg) := r if {
	r := {"policy": "mc.readiness", "rule": "data.mc.readiness.deny", "check": check, "msg": msg}
}

# threshold(">=0.999", ">=") = 0.999; a bare number is its own threshold
threshold(v, _) := v if is_number(v)

threshold(v, op) := n if {
	is_string(v)
	regex.match(`^(>=|<=)\s*[0-9]+(\.[0-9]+)?$`, v)
	startswith(v, op)
	n := to_number(trim_space(trim_prefix(v, op)))
}

# duration_target("<=5m") = 300 (seconds); units s, m, h
duration_target(v) := seconds if {
	is_string(v)
	regex.match(`^<=\s*[0-9]+(\.[0-9]+)?[smh]$`, v)
	d := trim_space(trim_prefix(v, "<="))
	u := substring(d, count(d) - 1, 1)
	n := to_number(substring(d, 0, count(d) - 1))
	seconds := n * unit_seconds[u]
}

unit_seconds := {"s": 1, "m": 60, "h": 3600}
