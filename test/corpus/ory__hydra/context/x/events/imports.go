// Import list of package events in x/events of ory/hydra (the import blocks of its non-test files; no code kept)
package events

import (
	_ "context"
	_ "errors"
	_ "github.com/ory/herodot"
	_ "github.com/ory/hydra/v2/fosite"
	_ "github.com/ory/x/otelx/semconv"
	_ "go.opentelemetry.io/otel/attribute"
	_ "go.opentelemetry.io/otel/trace"
)
