// Import list of package redis in registry/storage/cache/redis of distribution/distribution (the import blocks of its non-test files; no code kept)
package redis

import (
	_ "context"
	_ "fmt"
	_ "github.com/distribution/distribution/v3"
	_ "github.com/distribution/distribution/v3/registry/storage/cache"
	_ "github.com/distribution/distribution/v3/registry/storage/cache/metrics"
	_ "github.com/distribution/reference"
	_ "github.com/opencontainers/go-digest"
	_ "github.com/opencontainers/image-spec/specs-go/v1"
	_ "github.com/redis/go-redis/v9"
	_ "strconv"
)
