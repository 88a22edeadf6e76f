// Import list of package schema2 in manifest/schema2 of distribution/distribution (the import blocks of its non-test files; no code kept)
package schema2

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
