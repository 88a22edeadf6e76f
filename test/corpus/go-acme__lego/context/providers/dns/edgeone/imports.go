// Import list of package edgeone in providers/dns/edgeone of go-acme/lego (the import blocks of its non-test files; no code kept)
package edgeone

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/ptr"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/tencentedgdeone/v20220901"
	_ "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	_ "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"
	_ "golang.org/x/net/idna"
	_ "math"
	_ "sync"
	_ "time"
)
