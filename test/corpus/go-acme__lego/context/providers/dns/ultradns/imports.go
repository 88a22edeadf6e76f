// Import list of package ultradns in providers/dns/ultradns of go-acme/lego (the import blocks of its non-test files; no code kept)
package ultradns

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/useragent"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/ultradns/ultradns-go-sdk/pkg/client"
	_ "github.com/ultradns/ultradns-go-sdk/pkg/record"
	_ "github.com/ultradns/ultradns-go-sdk/pkg/rrset"
	_ "net/http"
	_ "time"
)
