# Purpose limitation (seed v0.3.3 CI gate "residency & purpose OK"; the GDPR Art. 5(1)(b) idea:
# data is processed only for the purposes it was collected for).
#
# The request's purpose (input.purpose) must be declared by the tenant that owns the data
# (data.mc.tenants[input.subject.tenant].purposes) and, when the persisted query names purposes
# (data.mc.persisted_queries[input.pqid].purposes), by that query too. A query that names no
# purposes does not restrict them further; one that names an empty list permits none.
package mc.purpose

default allow := false

allow if {
	is_string(input.purpose)
	input.purpose in tenant_purposes
	query_permits
	count(deny) == 0
}

# the purposes the subject's tenant declares; [] when not configured
default tenant_purposes := []

tenant_purposes := data.mc.tenants[input.subject.tenant].purposes

query_restricts if is_array(data.mc.persisted_queries[input.pqid].purposes)

query_permits if not query_restricts

query_permits if input.purpose in data.mc.persisted_queries[input.pqid].purposes

deny contains r if {
	not is_string(object.get(input, "purpose", null))
	r := reason("purpose_missing", "the request names no purpose (purpose)")
}

deny contains r if {
	is_string(input.purpose)
	not input.purpose in tenant_purposes
	r := reason("purpose_not_declared", sprintf(
		"purpose %s is not declared by tenant %v (declared: %v)",
		[input.purpose, object.get(input, ["subject", "tenant"], null), tenant_purposes]
	))
}

deny contains r if {
	is_string(input.purpose)
	query_restricts
	not query_permits
	r := reason("purpose_not_permitted_for_query", sprintf(
		"purpose %s is not permitted for persisted query %s (permitted: %v)",
		[input.purpose, input.pqid, data.mc.persisted_queries[input.pqid].purposes]
	))
}

decision := {"allow": allow, "reasons": deny}

reason(code, msg) := r if {
	r := {
		"policy": "mc.purpose",
		"rule": "data.mc.purpose.deny",
		"reason": code,
		"msg": msg,
		"tenant": object.get(input, ["subject", "tenant"], null),
		"purpose": object.get(input, "purpose", null),
	}
}
