// Import list of package cache in registry/storage/cache of distribution/distribution (the import blocks of its non-test files; no code kept)
package cache

import (
	_ "context"
	_ "fmt"
	_ "github.com/distribution/distribution/v3"
	_ "github.com/distribution/distribution/v3/internal/dcontext"
	_ "github.com/distribution/distribution/v3/metrics"
	_ "github.com/opencontainers/go-digest"
	_ "github.com/opencontainers/image-spec/specs-go/v1"
)
