// Import list of package semconv in oryx/otelx/semconv of ory/hydra (the import blocks of its non-test files; no code kept)
package semconv

import (
	_ "context"
	_ "github.com/gofrs/uuid"
	_ "github.com/ory/x/httpx"
	_ "go.opentelemetry.io/otel/attribute"
	_ "go.opentelemetry.io/otel/trace"
	_ "net/http"
)
