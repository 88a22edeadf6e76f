// Import list of package otelutil in util/otelutil of docker/buildx (the import blocks of its non-test files; no code kept)
package otelutil

import (
	_ "bytes"
	_ "encoding/hex"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/docker/buildx/util/otelutil/jaeger"
	_ "github.com/pkg/errors"
	_ "go.opentelemetry.io/otel/attribute"
	_ "go.opentelemetry.io/otel/sdk/instrumentation"
	_ "go.opentelemetry.io/otel/sdk/resource"
	_ "go.opentelemetry.io/otel/sdk/trace"
	_ "go.opentelemetry.io/otel/trace"
	_ "io"
	_ "reflect"
	_ "time"
)
