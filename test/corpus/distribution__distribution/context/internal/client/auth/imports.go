// Import list of package auth in internal/client/auth of distribution/distribution (the import blocks of its non-test files; no code kept)
package auth

import (
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/distribution/distribution/v3/internal/client"
	_ "github.com/distribution/distribution/v3/internal/client/auth/challenge"
	_ "github.com/distribution/distribution/v3/internal/client/transport"
	_ "net/http"
	_ "net/url"
	_ "slices"
	_ "strings"
	_ "sync"
	_ "time"
)
