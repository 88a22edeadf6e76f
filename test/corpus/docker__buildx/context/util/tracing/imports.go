// Import list of package tracing in util/tracing of docker/buildx (the import blocks of its non-test files; no code kept)
package tracing

import (
	_ "context"
	_ "github.com/moby/buildkit/util/tracing/delegated"
	_ "github.com/moby/buildkit/util/tracing/detect"
	_ "go.opentelemetry.io/otel"
	_ "go.opentelemetry.io/otel/attribute"
	_ "go.opentelemetry.io/otel/sdk/trace"
	_ "go.opentelemetry.io/otel/trace"
	_ "strings"
)
