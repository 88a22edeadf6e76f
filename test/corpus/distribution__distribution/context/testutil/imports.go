// Import list of package testutil in testutil of distribution/distribution (the import blocks of its non-test files; no code kept)
package testutil

import (
	_ "archive/tar"
	_ "bytes"
	_ "context"
	_ "crypto/rand"
	_ "fmt"
	_ "github.com/distribution/distribution/v3"
	_ "github.com/distribution/distribution/v3/internal/dcontext"
	_ "github.com/distribution/distribution/v3/manifest/manifestlist"
	_ "github.com/distribution/distribution/v3/manifest/ocischema"
	_ "github.com/distribution/distribution/v3/manifest/schema2"
	_ "github.com/opencontainers/go-digest"
	_ "github.com/opencontainers/image-spec/specs-go/v1"
	_ "io"
	_ "maps"
	_ "math/rand"
	_ "net/http"
	_ "net/url"
	_ "sort"
	_ "strings"
	_ "time"
)
