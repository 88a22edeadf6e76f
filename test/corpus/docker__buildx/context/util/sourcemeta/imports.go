// Import list of package sourcemeta in util/sourcemeta of docker/buildx (the import blocks of its non-test files; no code kept)
package sourcemeta

import (
	_ "context"
	_ "errors"
	_ "github.com/docker/buildx/util/progress"
	_ "github.com/moby/buildkit/client"
	_ "github.com/moby/buildkit/client/llb"
	_ "github.com/moby/buildkit/client/llb/sourceresolver"
	_ "github.com/moby/buildkit/frontend/gateway/client"
	_ "github.com/moby/buildkit/frontend/gateway/pb"
	_ "github.com/moby/buildkit/session"
	_ "github.com/moby/buildkit/solver/pb"
	_ "github.com/opencontainers/image-spec/specs-go/v1"
	_ "google.golang.org/protobuf/types/known/timestamppb"
	_ "slices"
	_ "sync"
	_ "sync/atomic"
)
