// Import list of package infoblox in providers/dns/infoblox of go-acme/lego (the import blocks of its non-test files; no code kept)
package infoblox

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/useragent"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/infobloxopen/infoblox-go-client/v2"
	_ "strconv"
	_ "sync"
	_ "time"
)
