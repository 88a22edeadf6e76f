// Import list of package memory in registry/storage/cache/memory of distribution/distribution (the import blocks of its non-test files; no code kept)
package memory

import (
	_ "context"
	_ "github.com/distribution/distribution/v3"
	_ "github.com/distribution/distribution/v3/registry/storage/cache"
	_ "github.com/distribution/reference"
	_ "github.com/hashicorp/golang-lru/arc/v2"
	_ "github.com/opencontainers/go-digest"
	_ "github.com/opencontainers/image-spec/specs-go/v1"
	_ "math"
)
