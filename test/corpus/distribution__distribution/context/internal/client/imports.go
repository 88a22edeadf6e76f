// Import list of package client in internal/client of distribution/distribution (the import blocks of its non-test files; no code kept)
package client

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/distribution/distribution/v3"
	_ "github.com/distribution/distribution/v3/internal/client/auth/challenge"
	_ "github.com/distribution/distribution/v3/internal/client/transport"
	_ "github.com/distribution/distribution/v3/registry/api/errcode"
	_ "github.com/distribution/distribution/v3/registry/api/v2"
	_ "github.com/distribution/distribution/v3/registry/storage/cache"
	_ "github.com/distribution/distribution/v3/registry/storage/cache/memory"
	_ "github.com/distribution/reference"
	_ "github.com/opencontainers/go-digest"
	_ "github.com/opencontainers/image-spec/specs-go/v1"
	_ "io"
	_ "mime"
	_ "net/http"
	_ "net/url"
	_ "path"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "time"
)
