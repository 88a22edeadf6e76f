// Import list of package sakuracloud in providers/dns/sakuracloud of go-acme/lego (the import blocks of its non-test files; no code kept)
package sakuracloud

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/useragent"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/sacloud/api-client-go"
	_ "github.com/sacloud/iaas-api-go"
	_ "github.com/sacloud/iaas-api-go/defaults"
	_ "github.com/sacloud/iaas-api-go/helper/api"
	_ "github.com/sacloud/iaas-api-go/search"
	_ "net/http"
	_ "strings"
	_ "sync"
	_ "time"
)
