// Import list of package volcengine in providers/dns/volcengine of go-acme/lego (the import blocks of its non-test files; no code kept)
package volcengine

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/ptr"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/volcengine/volc-sdk-golang/base"
	_ "github.com/volcengine/volc-sdk-golang/service/dns"
	_ "net/http"
	_ "sync"
	_ "time"
)
