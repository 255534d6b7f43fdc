package mc.interop_test

import data.mc.fixtures
import data.mc.interop

test_seed_request_allowed if {
	d := interop.decision with input as fixtures.request
		with data.mc.tenants as fixtures.tenants
		with data.mc.persisted_queries as fixtures.persisted_queries
	d.allow == true
	d.reasons == set()
}

test_every_policy_contributes_reasons if {
	req := {
		"actor": {"tenant": "TENANT_001"},
		"subject": {"tenant": "TENANT_002", "kind": "execution", "id": "exec-7"},
		"region": "US",
		"purpose": "marketing",
		"pqid": "pq.dropEverything",
	}
	d := interop.decision with input as req
		with data.mc.tenants as fixtures.tenants
		with data.mc.persisted_queries as fixtures.persisted_queries
	d.allow == false
	{r.policy | some r in d.reasons} == {"mc.isolation", "mc.residency", "mc.purpose", "mc.persisted"}
	{r.reason | some r in d.reasons} == {"cross_tenant_access", "residency_violation", "purpose_not_declared", "pqid_unknown"}
}

test_one_failing_policy_denies if {
	req := object.union(fixtures.request, {"region": "EU"})
	not interop.allow with input as req
		with data.mc.tenants as fixtures.tenants
		with data.mc.persisted_queries as fixtures.persisted_queries
}

test_empty_request_fails_closed if {
	d := interop.decision with input as {}
		with data.mc.tenants as fixtures.tenants
		with data.mc.persisted_queries as fixtures.persisted_queries
	d.allow == false
	count(d.reasons) >= 5
}
