// Import list of package alidns in providers/dns/alidns of go-acme/lego (the import blocks of its non-test files; no code kept)
package alidns

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/alibabacloud-go/darabonba-openapi/v2/client"
	_ "github.com/alibabacloud-go/tea/dara"
	_ "github.com/aliyun/credentials-go/credentials"
	_ "github.com/go-acme/alidns-20150109/v5/client"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/ptr"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "golang.org/x/net/idna"
	_ "time"
)
