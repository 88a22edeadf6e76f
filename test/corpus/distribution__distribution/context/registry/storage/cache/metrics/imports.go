// Import list of package metrics in registry/storage/cache/metrics of distribution/distribution (the import blocks of its non-test files; no code kept)
package metrics

import (
	_ "context"
	_ "github.com/distribution/distribution/v3"
	_ "github.com/distribution/distribution/v3/metrics"
	_ "github.com/distribution/distribution/v3/registry/storage/cache"
	_ "github.com/docker/go-metrics"
	_ "github.com/opencontainers/go-digest"
	_ "github.com/opencontainers/image-spec/specs-go/v1"
	_ "time"
)
