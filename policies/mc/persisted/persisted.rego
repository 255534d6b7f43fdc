# Persisted-only queries (seed v0.3.2 PR-3 "All interop calls fail closed without OPA allow +
# persisted-only"; v0.3.3 "persisted-only index verified").
#
# A request may only run a persisted query whose id (input.pqid, e.g. "pq.getPersonById") is in
# the persisted-query index data.mc.persisted_queries. Raw query text (input.query) is refused.
package mc.persisted

# the shape of a persisted query id: "pq." then a lowerCamelCase operation name
pqid_pattern := `^pq\.[A-Za-z][A-Za-z0-9_]*$`

default allow := false

allow if {
	well_formed(input.pqid)
	indexed(input.pqid)
	count(deny) == 0
}

deny contains r if {
	input.query
	r := reason("raw_query_refused", "raw query text is refused: only persisted queries may run (query)")
}

deny contains r if {
	not input.pqid
	r := reason("pqid_missing", "the request names no persisted query id (pqid)")
}

deny contains r if {
	input.pqid
	not well_formed(input.pqid)
	r := reason("pqid_malformed", sprintf("persisted query id %v does not match %s", [input.pqid, pqid_pattern]))
}

deny contains r if {
	well_formed(input.pqid)
	not indexed(input.pqid)
	r := reason("pqid_unknown", sprintf("persisted query %s is not in the persisted-query index", [input.pqid]))
}

decision := {"allow": allow, "reasons": deny}

well_formed(id) if {
	is_string(id)
	regex.match(pqid_pattern, id)
}

indexed(id) if {
	is_object(data.mc.persisted_queries)
	_ = data.mc.persisted_queries[id]
}

reason(code, msg) := r if {
	r := {
		"policy": "mc.persisted",
		"rule": "data.mc.persisted.deny",
		"reason": code,
		"msg": msg,
		"pqid": object.get(input, "pqid", null),
	}
}
