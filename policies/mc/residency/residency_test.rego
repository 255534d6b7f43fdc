package mc.residency_test

import data.mc.fixtures
import data.mc.residency

test_region_in_tags_allowed if {
	residency.allow with input as fixtures.request with data.mc.tenants as fixtures.tenants
}

test_second_tag_allowed if {
	req := object.union(fixtures.request, {"subject": {"tenant": "TENANT_002"}, "region": "UK"})
	residency.allow with input as req with data.mc.tenants as fixtures.tenants
}

test_region_outside_tags_denied if {
	req := object.union(fixtures.request, {"region": "EU"})
	not residency.allow with input as req with data.mc.tenants as fixtures.tenants
	reasons := residency.deny with input as req with data.mc.tenants as fixtures.tenants
	count(reasons) == 1
	some r in reasons
	r.reason == "residency_violation"
	r.tenant == "TENANT_001"
	r.region == "EU"
	r.allowed == ["US"]
}

test_region_case_matters if {
	req := object.union(fixtures.request, {"region": "us"})
	not residency.allow with input as req with data.mc.tenants as fixtures.tenants
}

test_missing_region_denied if {
	req := object.remove(fixtures.request, ["region"])
	not residency.allow with input as req with data.mc.tenants as fixtures.tenants
	reasons := residency.deny with input as req with data.mc.tenants as fixtures.tenants
	{r.reason | some r in reasons} == {"region_missing"}
}

test_unknown_tenant_denied if {
	req := object.union(fixtures.request, {"subject": {"tenant": "TENANT_999"}})
	not residency.allow with input as req with data.mc.tenants as fixtures.tenants
	reasons := residency.deny with input as req with data.mc.tenants as fixtures.tenants
	{r.reason | some r in reasons} == {"tenant_unknown"}
}

test_tenant_without_tags_denied if {
	req := object.union(fixtures.request, {"subject": {"tenant": "TENANT_003"}})
	not residency.allow with input as req with data.mc.tenants as fixtures.tenants
	reasons := residency.deny with input as req with data.mc.tenants as fixtures.tenants
	{r.reason | some r in reasons} == {"residency_tags_missing"}
}

test_no_configuration_fails_closed if {
	not residency.allow with input as fixtures.request
}
