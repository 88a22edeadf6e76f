// Import list of package linode in providers/dns/linode of go-acme/lego (the import blocks of its non-test files; no code kept)
package linode

import (
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/useragent"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/linode/linodego"
	_ "golang.org/x/oauth2"
	_ "net/http"
	_ "time"
)
