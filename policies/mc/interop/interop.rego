# The interop gate (seed v0.3.2 PR-3 services/interop/policy-wrapper.ts enforcePolicy; v0.3.3 CI
# gate "OPA simulation must allow; residency & purpose OK; persisted-only index verified").
#
# A request is allowed only when tenant isolation, data residency, purpose limitation and
# persisted-only all allow it. decision is the seed's simulateOPA answer: {allow, reasons}.
package mc.interop

import data.mc.isolation
import data.mc.persisted
import data.mc.purpose
import data.mc.residency

default allow := false

allow if {
	isolation.allow
	residency.allow
	purpose.allow
	persisted.allow
}

deny contains r if {
	some r in isolation.deny
}

deny contains r if {
	some r in residency.deny
}

deny contains r if {
	some r in purpose.deny
}

deny contains r if {
	some r in persisted.deny
}

decision := {"allow": allow, "reasons": deny}
