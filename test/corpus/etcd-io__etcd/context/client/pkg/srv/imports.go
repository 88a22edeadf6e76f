// Import list of package srv in client/pkg/srv of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package srv

import (
	_ "fmt"
	_ "go.etcd.io/etcd/client/pkg/v3/types"
	_ "net"
	_ "net/url"
	_ "strings"
)
