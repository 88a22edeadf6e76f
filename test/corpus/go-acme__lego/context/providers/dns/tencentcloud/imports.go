// Import list of package tencentcloud in providers/dns/tencentcloud of go-acme/lego (the import blocks of its non-test files; no code kept)
package tencentcloud

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/tencentclouddnspod/v20210323"
	_ "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	_ "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	_ "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"
	_ "golang.org/x/net/idna"
	_ "math"
	_ "time"
)
