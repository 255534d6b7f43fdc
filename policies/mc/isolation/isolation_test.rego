package mc.isolation_test

import data.mc.fixtures
import data.mc.isolation

test_same_tenant_allowed if {
	isolation.allow with input as fixtures.request
	count(isolation.deny) == 0 with input as fixtures.request
}

test_cross_tenant_denied_with_audit_reason if {
	req := object.union(fixtures.request, {"subject": {"tenant": "TENANT_002", "kind": "execution", "id": "exec-7"}})
	not isolation.allow with input as req
	reasons := isolation.deny with input as req
	count(reasons) == 1
	some r in reasons
	r.policy == "mc.isolation"
	r.reason == "cross_tenant_access"
	r.actor == "TENANT_001"
	r.subject == "TENANT_002"
	r.resource == "exec-7"
	r.action == "a2a"
	r.msg == "cross-tenant access denied: actor of tenant TENANT_001 may not access execution exec-7 of tenant TENANT_002"
}

test_seed_shape_minimal_cross_tenant if {
	# the seed's own input shape: only actor.tenant and subject.tenant
	req := {"actor": {"tenant": "A"}, "subject": {"tenant": "B"}}
	not isolation.allow with input as req
	reasons := isolation.deny with input as req
	{r.reason | some r in reasons} == {"cross_tenant_access"}
	some r in reasons
	r.resource == null
	contains(r.msg, "a resource of tenant B")
}

test_missing_tenants_fail_closed if {
	not isolation.allow with input as {}
	reasons := isolation.deny with input as {}
	{r.reason | some r in reasons} == {"actor_tenant_missing", "subject_tenant_missing"}
}

test_empty_tenant_is_not_a_tenant if {
	req := {"actor": {"tenant": ""}, "subject": {"tenant": ""}}
	not isolation.allow with input as req
	reasons := isolation.deny with input as req
	{r.reason | some r in reasons} == {"actor_tenant_missing", "subject_tenant_missing"}
}

test_non_string_tenant_denied if {
	req := {"actor": {"tenant": 1}, "subject": {"tenant": 1}}
	not isolation.allow with input as req
}

test_decision_shape if {
	d := isolation.decision with input as fixtures.request
	d.allow == true
	d.reasons == set()
}
