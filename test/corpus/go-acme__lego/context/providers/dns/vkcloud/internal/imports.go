// Import list of package internal in providers/dns/vkcloud/internal of go-acme/lego (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "errors"
	_ "fmt"
	_ "github.com/gophercloud/gophercloud"
	_ "github.com/gophercloud/gophercloud/openstack"
	_ "net/http"
	_ "net/url"
)
