// Import list of package rpctypes in api/v3rpc/rpctypes of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package rpctypes

import (
	_ "google.golang.org/grpc/codes"
	_ "google.golang.org/grpc/status"
)
