// Import list of package kratos in internal/kratos of ory/hydra (the import blocks of its non-test files; no code kept)
package kratos

import (
	_ "context"
	_ "fmt"
	_ "github.com/ory/hydra/v2/driver/config"
	_ "github.com/ory/hydra/v2/fosite"
	_ "github.com/ory/kratos-client-go"
	_ "github.com/ory/x/httpx"
	_ "github.com/ory/x/logrusx"
	_ "github.com/ory/x/otelx"
	_ "github.com/pkg/errors"
	_ "go.opentelemetry.io/otel/attribute"
	_ "net/url"
)
