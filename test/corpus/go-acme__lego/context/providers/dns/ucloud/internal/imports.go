// Import list of package internal in providers/dns/ucloud/internal of go-acme/lego (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "github.com/ucloud/ucloud-sdk-go/ucloud"
	_ "github.com/ucloud/ucloud-sdk-go/ucloud/auth"
	_ "github.com/ucloud/ucloud-sdk-go/ucloud/request"
	_ "github.com/ucloud/ucloud-sdk-go/ucloud/response"
	_ "io"
)
