// Import list of package resolver in build/resolver of docker/buildx (the import blocks of its non-test files; no code kept)
package resolver

import (
	_ "context"
	_ "fmt"
	_ "github.com/containerd/platforms"
	_ "github.com/docker/buildx/builder"
	_ "github.com/docker/buildx/driver"
	_ "github.com/docker/buildx/util/progress"
	_ "github.com/moby/buildkit/client"
	_ "github.com/moby/buildkit/frontend/gateway/client"
	_ "github.com/moby/buildkit/util/flightcontrol"
	_ "github.com/moby/buildkit/util/tracing"
	_ "github.com/opencontainers/image-spec/specs-go/v1"
	_ "github.com/pkg/errors"
	_ "go.opentelemetry.io/otel/trace"
	_ "golang.org/x/sync/errgroup"
	_ "slices"
	_ "strconv"
	_ "sync"
)
