// Import list of package acmedns in providers/dns/acmedns of go-acme/lego (the import blocks of its non-test files; no code kept)
package acmedns

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/acmedns/internal"
	_ "github.com/nrdcg/goacmedns"
	_ "github.com/nrdcg/goacmedns/storage"
	_ "strings"
)
