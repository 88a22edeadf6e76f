// Import list of package aliesa in providers/dns/aliesa of go-acme/lego (the import blocks of its non-test files; no code kept)
package aliesa

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/alibabacloud-go/darabonba-openapi/v2/client"
	_ "github.com/alibabacloud-go/tea/dara"
	_ "github.com/aliyun/credentials-go/credentials"
	_ "github.com/go-acme/esa-20240910/v3/client"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/ptr"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "sync"
	_ "time"
)
