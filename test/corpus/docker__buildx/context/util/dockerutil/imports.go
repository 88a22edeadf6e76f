// Import list of package dockerutil in util/dockerutil of docker/buildx (the import blocks of its non-test files; no code kept)
package dockerutil

import (
	_ "context"
	_ "encoding/json"
	_ "github.com/docker/buildx/util/progress"
	_ "github.com/docker/cli/cli/command"
	_ "github.com/docker/cli/cli/context/docker"
	_ "github.com/moby/buildkit/client"
	_ "github.com/moby/moby/api/types/jsonstream"
	_ "github.com/moby/moby/client"
	_ "github.com/pkg/errors"
	_ "go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	_ "go.opentelemetry.io/otel/propagation"
	_ "io"
	_ "sync"
	_ "time"
)
