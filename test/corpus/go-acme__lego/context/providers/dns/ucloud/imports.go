// Import list of package ucloud in providers/dns/ucloud of go-acme/lego (the import blocks of its non-test files; no code kept)
package ucloud

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/useragent"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/ucloud/internal"
	_ "github.com/ucloud/ucloud-sdk-go/ucloud"
	_ "github.com/ucloud/ucloud-sdk-go/ucloud/auth"
	_ "strconv"
	_ "time"
)
