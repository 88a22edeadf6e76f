// Import list of package ocischema in manifest/ocischema of distribution/distribution (the import blocks of its non-test files; no code kept)
package ocischema

import (
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/distribution/distribution/v3"
	_ "github.com/distribution/distribution/v3/manifest"
	_ "github.com/opencontainers/go-digest"
	_ "github.com/opencontainers/image-spec/specs-go"
	_ "github.com/opencontainers/image-spec/specs-go/v1"
)
