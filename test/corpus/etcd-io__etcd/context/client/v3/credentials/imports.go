// Import list of package credentials in client/v3/credentials of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package credentials

import (
	_ "context"
	_ "crypto/tls"
	_ "go.etcd.io/etcd/api/v3/v3rpc/rpctypes"
	_ "google.golang.org/grpc/credentials"
	_ "sync"
)
