// Import list of package cpanel in providers/dns/cpanel of go-acme/lego (the import blocks of its non-test files; no code kept)
package cpanel

import (
	_ "context"
	_ "encoding/base64"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/cpanel/internal/cpanel"
	_ "github.com/go-acme/lego/v5/providers/dns/cpanel/internal/shared"
	_ "github.com/go-acme/lego/v5/providers/dns/cpanel/internal/whm"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "net/http"
	_ "slices"
	_ "strings"
	_ "time"
)
