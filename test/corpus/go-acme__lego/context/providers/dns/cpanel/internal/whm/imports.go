// Import list of package whm in providers/dns/cpanel/internal/whm of go-acme/lego (the import blocks of its non-test files; no code kept)
package whm

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/internal/errutils"
	_ "github.com/go-acme/lego/v5/providers/dns/cpanel/internal/shared"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "strconv"
	_ "time"
)
