package mc.purpose_test

import data.mc.fixtures
import data.mc.purpose

test_declared_purpose_allowed if {
	purpose.allow with input as fixtures.request
		with data.mc.tenants as fixtures.tenants
		with data.mc.persisted_queries as fixtures.persisted_queries
}

test_undeclared_purpose_denied if {
	req := object.union(fixtures.request, {"purpose": "marketing"})
	not purpose.allow with input as req
		with data.mc.tenants as fixtures.tenants
		with data.mc.persisted_queries as fixtures.persisted_queries
	reasons := purpose.deny with input as req
		with data.mc.tenants as fixtures.tenants
		with data.mc.persisted_queries as fixtures.persisted_queries
	{r.reason | some r in reasons} == {"purpose_not_declared", "purpose_not_permitted_for_query"}
}

test_purpose_declared_by_tenant_but_not_by_query if {
	req := object.union(fixtures.request, {"purpose": "fraud_review", "pqid": "pq.searchEntitiesByName"})
	not purpose.allow with input as req
		with data.mc.tenants as fixtures.tenants
		with data.mc.persisted_queries as fixtures.persisted_queries
	reasons := purpose.deny with input as req
		with data.mc.tenants as fixtures.tenants
		with data.mc.persisted_queries as fixtures.persisted_queries
	{r.reason | some r in reasons} == {"purpose_not_permitted_for_query"}
}

test_query_without_purposes_does_not_restrict if {
	req := object.union(fixtures.request, {"purpose": "fraud_review", "pqid": "pq.listExecutions"})
	purpose.allow with input as req
		with data.mc.tenants as fixtures.tenants
		with data.mc.persisted_queries as fixtures.persisted_queries
}

test_missing_purpose_denied if {
	req := object.remove(fixtures.request, ["purpose"])
	not purpose.allow with input as req
		with data.mc.tenants as fixtures.tenants
		with data.mc.persisted_queries as fixtures.persisted_queries
	reasons := purpose.deny with input as req
		with data.mc.tenants as fixtures.tenants
		with data.mc.persisted_queries as fixtures.persisted_queries
	{r.reason | some r in reasons} == {"purpose_missing"}
}

test_unknown_tenant_declares_nothing if {
	req := object.union(fixtures.request, {"subject": {"tenant": "TENANT_999"}})
	not purpose.allow with input as req
		with data.mc.tenants as fixtures.tenants
		with data.mc.persisted_queries as fixtures.persisted_queries
}
