// Import list of package jaeger in util/otelutil/jaeger of docker/buildx (the import blocks of its non-test files; no code kept)
package jaeger

import (
	_ "encoding/json"
	_ "go.opentelemetry.io/otel/attribute"
	_ "go.opentelemetry.io/otel/codes"
	_ "go.opentelemetry.io/otel/sdk/resource"
	_ "go.opentelemetry.io/otel/sdk/trace"
	_ "go.opentelemetry.io/otel/trace"
	_ "time"
)
