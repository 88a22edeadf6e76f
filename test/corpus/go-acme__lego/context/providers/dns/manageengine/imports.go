// Import list of package manageengine in providers/dns/manageengine of go-acme/lego (the import blocks of its non-test files; no code kept)
package manageengine

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/go-acme/lego/v5/providers/dns/manageengine/internal"
	_ "slices"
	_ "strings"
	_ "time"
)
