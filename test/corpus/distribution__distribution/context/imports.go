// Import list of package distribution in . of distribution/distribution (the import blocks of its non-test files; no code kept)
package distribution

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/distribution/reference"
	_ "github.com/opencontainers/go-digest"
	_ "github.com/opencontainers/image-spec/specs-go/v1"
	_ "io"
	_ "mime"
	_ "net/http"
	_ "strings"
	_ "time"
)
