// Import list of package vkcloud in providers/dns/vkcloud of go-acme/lego (the import blocks of its non-test files; no code kept)
package vkcloud

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/vkcloud/internal"
	_ "github.com/gophercloud/gophercloud"
	_ "time"
)
