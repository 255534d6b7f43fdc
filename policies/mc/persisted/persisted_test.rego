package mc.persisted_test

import data.mc.fixtures
import data.mc.persisted

test_indexed_query_allowed if {
	persisted.allow with input as fixtures.request with data.mc.persisted_queries as fixtures.persisted_queries
}

test_unknown_query_denied if {
	req := object.union(fixtures.request, {"pqid": "pq.dropEverything"})
	not persisted.allow with input as req with data.mc.persisted_queries as fixtures.persisted_queries
	reasons := persisted.deny with input as req with data.mc.persisted_queries as fixtures.persisted_queries
	{r.reason | some r in reasons} == {"pqid_unknown"}
}

test_malformed_id_denied if {
	req := object.union(fixtures.request, {"pqid": "getPersonById"})
	not persisted.allow with input as req with data.mc.persisted_queries as fixtures.persisted_queries
	reasons := persisted.deny with input as req with data.mc.persisted_queries as fixtures.persisted_queries
	{r.reason | some r in reasons} == {"pqid_malformed"}
}

test_non_string_id_denied if {
	req := object.union(fixtures.request, {"pqid": 7})
	not persisted.allow with input as req with data.mc.persisted_queries as fixtures.persisted_queries
	reasons := persisted.deny with input as req with data.mc.persisted_queries as fixtures.persisted_queries
	{r.reason | some r in reasons} == {"pqid_malformed"}
}

test_missing_id_denied if {
	req := object.remove(fixtures.request, ["pqid"])
	not persisted.allow with input as req with data.mc.persisted_queries as fixtures.persisted_queries
	reasons := persisted.deny with input as req with data.mc.persisted_queries as fixtures.persisted_queries
	{r.reason | some r in reasons} == {"pqid_missing"}
}

test_raw_query_refused_even_with_indexed_id if {
	req := object.union(fixtures.request, {"query": "{ people { id ssn } }"})
	not persisted.allow with input as req with data.mc.persisted_queries as fixtures.persisted_queries
	reasons := persisted.deny with input as req with data.mc.persisted_queries as fixtures.persisted_queries
	{r.reason | some r in reasons} == {"raw_query_refused"}
}

test_no_index_fails_closed if {
	not persisted.allow with input as fixtures.request
	reasons := persisted.deny with input as fixtures.request
	{r.reason | some r in reasons} == {"pqid_unknown"}
}
