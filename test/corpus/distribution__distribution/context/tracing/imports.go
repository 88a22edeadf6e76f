// Import list of package tracing in tracing of distribution/distribution (the import blocks of its non-test files; no code kept)
package tracing

import (
	_ "context"
	_ "github.com/distribution/distribution/v3/internal/dcontext"
	_ "github.com/distribution/distribution/v3/version"
	_ "go.opentelemetry.io/contrib/exporters/autoexport"
	_ "go.opentelemetry.io/otel"
	_ "go.opentelemetry.io/otel/exporters/stdout/stdouttrace"
	_ "go.opentelemetry.io/otel/propagation"
	_ "go.opentelemetry.io/otel/sdk/resource"
	_ "go.opentelemetry.io/otel/sdk/trace"
	_ "go.opentelemetry.io/otel/semconv/v1.4.0"
)
