// Import list of package traceutil in pkg/traceutil of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package traceutil

import (
	_ "context"
	_ "fmt"
	_ "go.opentelemetry.io/otel/trace"
	_ "go.opentelemetry.io/otel/trace/noop"
	_ "go.uber.org/zap"
	_ "math/rand"
	_ "strings"
	_ "time"
)
