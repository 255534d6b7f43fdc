# Data residency (seed v1.0.0 section 3.2 "0 false-negatives in residency checks"; v0.3.3
# "residency tags must remain enforced in all flows").
#
# The request's region (input.region) must be among the residency tags of the tenant that owns
# the data (data.mc.tenants[input.subject.tenant].residencyTags). An unknown tenant, a tenant
# without residency tags, or a request without a region is denied (fail closed).
package mc.residency

default allow := false

allow if {
	is_string(input.region)
	input.region in tenant_tags
	count(deny) == 0
}

# the residency tags of the subject's tenant; [] when the tenant or its tags are not configured
default tenant_tags := []

tenant_tags := data.mc.tenants[input.subject.tenant].residencyTags

tenant_known if data.mc.tenants[input.subject.tenant]

deny contains r if {
	not is_string(object.get(input, "region", null))
	r := reason("region_missing", "the request names no region (region)")
}

deny contains r if {
	not tenant_known
	r := reason("tenant_unknown", sprintf(
		"tenant %v has no residency configuration (data.mc.tenants)",
		[object.get(input, ["subject", "tenant"], null)]
	))
}

deny contains r if {
	tenant_known
	not tags_valid
	r := reason("residency_tags_missing", sprintf("tenant %v declares no residency tags (residencyTags)", [input.subject.tenant]))
}

deny contains r if {
	tags_valid
	is_string(input.region)
	not input.region in tenant_tags
	msg := sprintf(
		"residency violation: region %s is not among tenant %s's residency tags %v",
		[input.region, input.subject.tenant, tenant_tags]
	)
	r := object.union(reason("residency_violation", msg), {"allowed": tenant_tags})
}

decision := {"allow": allow, "reasons": deny}

tags_valid if {
	is_array(tenant_tags)
	count(tenant_tags) > 0
}

reason(code, msg) := r if {
	r := {
		"policy": "mc.residency",
		"rule": "data.mc.residency.deny",
		"reason": code,
		"msg": msg,
		"tenant": object.get(input, ["subject", "tenant"], null),
		"region": object.get(input, "region", null),
	}
}
