// Import list of package endpoint in client/v3/internal/endpoint of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package endpoint

import (
	_ "fmt"
	_ "net"
	_ "net/url"
	_ "path"
	_ "strings"
)
