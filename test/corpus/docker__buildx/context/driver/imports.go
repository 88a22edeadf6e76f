// Import list of package driver in driver of docker/buildx (the import blocks of its non-test files; no code kept)
package driver

import (
	_ "context"
	_ "github.com/distribution/reference"
	_ "github.com/docker/buildx/driver/bkimage"
	_ "github.com/docker/buildx/policy"
	_ "github.com/docker/buildx/store"
	_ "github.com/docker/buildx/util/progress"
	_ "github.com/docker/cli/cli/context/store"
	_ "github.com/moby/buildkit/api/services/control"
	_ "github.com/moby/buildkit/client"
	_ "github.com/moby/buildkit/session/auth/authprovider"
	_ "github.com/moby/buildkit/util/tracing/delegated"
	_ "github.com/moby/moby/client"
	_ "github.com/opencontainers/go-digest"
	_ "github.com/opencontainers/image-spec/specs-go/v1"
	_ "github.com/pkg/errors"
	_ "io"
	_ "net"
	_ "sort"
	_ "strings"
	_ "sync"
)
