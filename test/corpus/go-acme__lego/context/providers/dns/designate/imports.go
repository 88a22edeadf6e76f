// Import list of package designate in providers/dns/designate of go-acme/lego (the import blocks of its non-test files; no code kept)
package designate

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/gophercloud/gophercloud"
	_ "github.com/gophercloud/gophercloud/openstack"
	_ "github.com/gophercloud/gophercloud/openstack/dns/v2/recordsets"
	_ "github.com/gophercloud/gophercloud/openstack/dns/v2/zones"
	_ "github.com/gophercloud/utils/openstack/clientconfig"
	_ "log/slog"
	_ "os"
	_ "slices"
	_ "sync"
	_ "time"
)
