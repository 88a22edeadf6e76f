// Import list of package scaleway in providers/dns/scaleway of go-acme/lego (the import blocks of its non-test files; no code kept)
package scaleway

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/useragent"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/scaleway/scaleway-sdk-go/api/domain/v2beta1"
	_ "github.com/scaleway/scaleway-sdk-go/scw"
	_ "net/http"
	_ "strconv"
	_ "strings"
	_ "time"
)
