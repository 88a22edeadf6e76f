// Import list of package com35 in providers/dns/com35 of go-acme/lego (the import blocks of its non-test files; no code kept)
package com35

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/westcn"
	_ "net/http"
	_ "time"
)
