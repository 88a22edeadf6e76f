// Import list of package validation in validation of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package validation

import (
	_ "context"
	_ "fmt"
	_ "github.com/coreos/go-oidc/v3/oidc"
	_ "github.com/pkg/errors"
	_ "golang.org/x/net/idna"
	_ "net"
	_ "net/http"
	_ "net/url"
	_ "strings"
	_ "time"
)
