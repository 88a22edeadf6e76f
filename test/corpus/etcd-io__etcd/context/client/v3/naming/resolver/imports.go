// Import list of package resolver in client/v3/naming/resolver of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package resolver

import (
	_ "context"
	_ "go.etcd.io/etcd/client/v3"
	_ "go.etcd.io/etcd/client/v3/naming/endpoints"
	_ "google.golang.org/grpc/codes"
	_ "google.golang.org/grpc/resolver"
	_ "google.golang.org/grpc/status"
	_ "strings"
	_ "sync"
)
