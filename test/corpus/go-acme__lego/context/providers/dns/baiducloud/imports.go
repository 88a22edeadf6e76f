// Import list of package baiducloud in providers/dns/baiducloud of go-acme/lego (the import blocks of its non-test files; no code kept)
package baiducloud

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/baidubce/bce-sdk-go/services/dns"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/ptr"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "time"
)
