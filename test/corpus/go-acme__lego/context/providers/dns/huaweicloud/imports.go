// Import list of package huaweicloud in providers/dns/huaweicloud of go-acme/lego (the import blocks of its non-test files; no code kept)
package huaweicloud

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/cenkalti/backoff/v5"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/ptr"
	_ "github.com/go-acme/lego/v5/internal/wait"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/huaweicloud/internal"
	_ "github.com/huaweicloud/huaweicloud-sdk-go-v3/core/auth/basic"
	_ "github.com/huaweicloud/huaweicloud-sdk-go-v3/core/config"
	_ "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/dns/v2"
	_ "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/dns/v2/model"
	_ "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/dns/v2/region"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
