// Import list of package cachecheck in registry/storage/cache/cachecheck of distribution/distribution (the import blocks of its non-test files; no code kept)
package cachecheck

import (
	_ "context"
	_ "github.com/distribution/distribution/v3"
	_ "github.com/distribution/distribution/v3/registry/storage/cache"
	_ "github.com/opencontainers/go-digest"
	_ "github.com/opencontainers/image-spec/specs-go/v1"
	_ "reflect"
	_ "testing"
)
