// Import list of package metricutil in util/metricutil of docker/buildx (the import blocks of its non-test files; no code kept)
package metricutil

import (
	_ "github.com/docker/buildx/version"
	_ "go.opentelemetry.io/otel/metric"
)
