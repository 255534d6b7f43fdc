# Tenant isolation (seed v1.0.0, section 5.1 policy/rego/isolation.rego; story MC-ISO-1002
# "Deny cross-tenant workflow/execution access; audit events emitted on violations").
#
# Input: {"actor": {"tenant", "id"?}, "subject": {"tenant", "kind"?, "id"?}, "action"?: {...}}.
# allow is true only when both tenants are present and equal and nothing is denied.
# Every deny reason is an audit-ready object: policy, reason, msg, actor and subject tenants,
# and the subject and action when given.
package mc.isolation

default allow := false

allow if {
	valid_tenant(input.actor.tenant)
	input.actor.tenant == input.subject.tenant
	count(deny) == 0
}

deny contains r if {
	not valid_tenant(object.get(input, ["actor", "tenant"], null))
	r := reason("actor_tenant_missing", "the request names no actor tenant (actor.tenant)")
}

deny contains r if {
	not valid_tenant(object.get(input, ["subject", "tenant"], null))
	r := reason("subject_tenant_missing", "the request names no subject tenant (subject.tenant)")
}

deny contains r if {
	valid_tenant(input.actor.tenant)
	valid_tenant(input.subject.tenant)
	input.actor.tenant != input.subject.tenant
	r := reason("cross_tenant_access", sprintf(
		"cross-tenant access denied: actor of tenant %s may not access %s of tenant %s",
		[input.actor.tenant, subject_label, input.subject.tenant]
	))
}

# The seed's decision shape: {"allow": bool, "reasons": [...]}.
decision := {"allow": allow, "reasons": deny}

valid_tenant(t) if {
	is_string(t)
	t != ""
}

default subject_label := "a resource"

subject_label := label if {
	is_string(input.subject.kind)
	is_string(input.subject.id)
	label := sprintf("%s %s", [input.subject.kind, input.subject.id])
}

reason(code, msg) := r if {
	r := {
		"policy": "mc.isolation",
		"rule": "data.mc.isolation.deny",
		"reason": code,
		"msg": msg,
		"actor": object.get(input, ["actor", "tenant"], null),
		"subject": object.get(input, ["subject", "tenant"], null),
		"resource": object.get(input, ["subject", "id"], null),
		"action": object.get(input, ["action", "kind"], null),
	}
}
