# A conftest-style policy (package main) for Kubernetes workloads, run by `mc opa-sim` over each
# YAML document: deny containers without a memory limit or with an unpinned image (no tag, or
# :latest), warn when the pod does not run as non-root.
package main

workload_kinds := {"Deployment", "DaemonSet", "StatefulSet", "Job"}

containers contains c if {
	input.kind in workload_kinds
	some c in input.spec.template.spec.containers
}

deny contains msg if {
	some c in containers
	not c.resources.limits.memory
	msg := sprintf("%s %s: container %s has no memory limit (resources.limits.memory)", [input.kind, input.metadata.name, c.name])
}

deny contains msg if {
	some c in containers
	not pinned(c.image)
	msg := sprintf("%s %s: container %s uses an unpinned image %v (no tag, or :latest)", [input.kind, input.metadata.name, c.name, c.image])
}

warn contains msg if {
	input.kind in workload_kinds
	not object.get(input, ["spec", "template", "spec", "securityContext", "runAsNonRoot"], false) == true
	msg := sprintf("%s %s: the pod does not set securityContext.runAsNonRoot: true", [input.kind, input.metadata.name])
}

pinned(image) if {
	is_string(image)
	contains(image, "@sha256:")
}

pinned(image) if {
	is_string(image)
	regex.match(`:[A-Za-z0-9_][A-Za-z0-9_.-]*$`, image)
	not endswith(image, ":latest")
}
