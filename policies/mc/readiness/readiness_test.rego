package mc.readiness_test

import data.mc.fixtures
import data.mc.readiness

test_seed_checklist_ready if {
	d := readiness.decision with input as fixtures.checklist
	d.status == "READY"
	d.allow == true
	d.score == 1
	d.reasons == set()
	d.tenant == "TENANT_006"
}

test_seed_checklist_ready_against_index if {
	readiness.status == "READY" with input as fixtures.checklist
		with data.mc.persisted_queries as fixtures.persisted_queries
}

test_top_op_outside_index_not_ready if {
	cl := object.union(fixtures.checklist, {"queryBudgets": {"topOps": ["pq.getPersonById", "pq.exportAll"]}})
	readiness.status == "NOT_READY" with input as cl with data.mc.persisted_queries as fixtures.persisted_queries
	reasons := readiness.deny with input as cl with data.mc.persisted_queries as fixtures.persisted_queries
	{r.msg | some r in reasons} == {"queryBudgets.topOps: pq.exportAll is not in the persisted-query index"}
}

test_dr_not_enrolled_not_ready if {
	cl := object.union(fixtures.checklist, {"disasterRecovery": {"enrolled": false}})
	d := readiness.decision with input as cl
	d.status == "NOT_READY"
	d.checks.dr_enrolled == false
	d.checks.dr_rpo == true
	d.score == 0.9
	{r.check | some r in d.reasons} == {"dr_enrolled"}
}

test_rpo_too_long_not_ready if {
	cl := object.union(fixtures.checklist, {"disasterRecovery": {"rpo": "<=1h"}})
	reasons := readiness.deny with input as cl
	{r.msg | some r in reasons} == {"disasterRecovery.rpo <=1h exceeds 300s"}
}

test_rto_in_seconds_ok if {
	cl := object.union(fixtures.checklist, {"disasterRecovery": {"rto": "<=1800s"}})
	readiness.status == "READY" with input as cl
}

test_malformed_rto_not_ready if {
	cl := object.union(fixtures.checklist, {"disasterRecovery": {"rto": "30 minutes"}})
	reasons := readiness.deny with input as cl
	{r.check | some r in reasons} == {"dr_rto"}
}

test_weak_persisted_only_target_not_ready if {
	cl := object.union(fixtures.checklist, {"compliance": {"persistedOnly": ">=0.99"}})
	reasons := readiness.deny with input as cl
	{r.msg | some r in reasons} == {"compliance.persistedOnly target 0.99 is below the required 0.999"}
}

test_residency_violations_allowed_not_ready if {
	cl := object.union(fixtures.checklist, {"compliance": {"residencyViolations": 2}})
	reasons := readiness.deny with input as cl
	{r.check | some r in reasons} == {"compliance_residency"}
}

test_missing_sections_not_ready if {
	d := readiness.decision with input as {}
	d.status == "NOT_READY"
	d.score == 0.1
	{r.check | some r in d.reasons} == readiness.check_names - {"metrics"}
}

test_peak_cannot_carry_daily_volume if {
	cl := object.union(fixtures.checklist, {"trafficProfile": {"dailyOps": 1.2e6, "peakQPS": 10}})
	reasons := readiness.deny with input as cl
	{r.check | some r in reasons} == {"traffic_profile"}
}

test_bad_residency_tag_not_ready if {
	cl := object.union(fixtures.checklist, {"residencyTags": ["us-east-1"]})
	reasons := readiness.deny with input as cl
	{r.check | some r in reasons} == {"residency_tags"}
}

test_metrics_meeting_targets_ready if {
	cl := object.union(fixtures.checklist, {"metrics": {"persistedOnly": 0.9995, "residencyViolations": 0}})
	readiness.status == "READY" with input as cl
}

test_metrics_below_target_not_ready if {
	cl := object.union(fixtures.checklist, {"metrics": {"persistedOnly": 0.98, "residencyViolations": 1}})
	reasons := readiness.deny with input as cl
	{r.msg | some r in reasons} == {
		"measured persisted-only ratio 0.98 is below the target 0.999",
		"measured residency violations 1 exceed the target 0",
	}
}
