// Import list of package fetcher in oryx/fetcher of ory/hydra (the import blocks of its non-test files; no code kept)
package fetcher

import (
	_ "bytes"
	_ "context"
	_ "crypto/sha256"
	_ "encoding/base64"
	_ "errors"
	_ "fmt"
	_ "github.com/dgraph-io/ristretto/v2"
	_ "github.com/hashicorp/go-retryablehttp"
	_ "github.com/ory/x/httpx"
	_ "github.com/pkg/errors"
	_ "io"
	_ "net/http"
	_ "os"
	_ "slices"
	_ "strings"
	_ "time"
)
