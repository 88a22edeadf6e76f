// Import list of package ibmcloud in providers/dns/ibmcloud of go-acme/lego (the import blocks of its non-test files; no code kept)
package ibmcloud

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/ibmcloud/internal"
	_ "github.com/softlayer/softlayer-go/session"
	_ "time"
)
