// Import list of package internal in providers/dns/huaweicloud/internal of go-acme/lego (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "github.com/huaweicloud/huaweicloud-sdk-go-v3/core"
	_ "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/dns/v2"
	_ "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/dns/v2/model"
)
