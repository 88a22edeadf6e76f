// Import list of package base in registry/storage/driver/base of distribution/distribution (the import blocks of its non-test files; no code kept)
package base

import (
	_ "context"
	_ "fmt"
	_ "github.com/distribution/distribution/v3/internal/dcontext"
	_ "github.com/distribution/distribution/v3/metrics"
	_ "github.com/distribution/distribution/v3/registry/storage/driver"
	_ "github.com/distribution/distribution/v3/tracing"
	_ "github.com/docker/go-metrics"
	_ "go.opentelemetry.io/otel"
	_ "go.opentelemetry.io/otel/attribute"
	_ "go.opentelemetry.io/otel/trace"
	_ "io"
	_ "net/http"
	_ "reflect"
	_ "strconv"
	_ "sync"
	_ "time"
)
