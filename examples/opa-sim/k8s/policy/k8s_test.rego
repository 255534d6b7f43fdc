package main_test

import data.main

deployment(containers) := d if {
	d := {
		"apiVersion": "apps/v1",
		"kind": "Deployment",
		"metadata": {"name": "web"},
		"spec": {"template": {"spec": {"securityContext": {"runAsNonRoot": true}, "containers": containers}}},
	}
}

test_limited_pinned_container_passes if {
	d := deployment([{"name": "app", "image": "nginx:1.27.3", "resources": {"limits": {"memory": "128Mi"}}}])
	count(main.deny) == 0 with input as d
	count(main.warn) == 0 with input as d
}

test_missing_memory_limit_denied if {
	d := deployment([{"name": "app", "image": "nginx:1.27.3", "resources": {"requests": {"memory": "128Mi"}}}])
	main.deny == {"Deployment web: container app has no memory limit (resources.limits.memory)"} with input as d
}

test_latest_and_untagged_images_denied if {
	d := deployment([
		{"name": "a", "image": "nginx:latest", "resources": {"limits": {"memory": "1Gi"}}},
		{"name": "b", "image": "registry.example:5000/nginx", "resources": {"limits": {"memory": "1Gi"}}},
		{"name": "c", "image": "nginx@sha256:0000000000000000000000000000000000000000000000000000000000000000", "resources": {"limits": {"memory": "1Gi"}}},
	])
	reasons := main.deny with input as d
	count(reasons) == 2
}

test_root_pod_warned if {
	d := object.union(deployment([]), {"spec": {"template": {"spec": {"securityContext": {"runAsNonRoot": false}}}}})
	count(main.warn) == 1 with input as d
}

test_service_ignored if {
	count(main.deny) == 0 with input as {"kind": "Service", "metadata": {"name": "web"}}
}
