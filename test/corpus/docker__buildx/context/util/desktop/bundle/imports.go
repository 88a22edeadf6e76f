// Import list of package bundle in util/desktop/bundle of docker/buildx (the import blocks of its non-test files; no code kept)
package bundle

import (
	_ "bytes"
	_ "compress/gzip"
	_ "context"
	_ "encoding/json"
	_ "github.com/containerd/containerd/v2/core/content"
	_ "github.com/containerd/containerd/v2/core/content/proxy"
	_ "github.com/containerd/containerd/v2/core/images/archive"
	_ "github.com/containerd/errdefs"
	_ "github.com/docker/buildx/localstate"
	_ "github.com/docker/buildx/util/otelutil"
	_ "github.com/moby/buildkit/api/services/control"
	_ "github.com/moby/buildkit/client"
	_ "github.com/moby/buildkit/util/contentutil"
	_ "github.com/opencontainers/go-digest"
	_ "github.com/opencontainers/image-spec/specs-go/v1"
	_ "github.com/pkg/errors"
	_ "go.opentelemetry.io/otel/attribute"
	_ "io"
	_ "regexp"
	_ "strings"
	_ "sync"
)
