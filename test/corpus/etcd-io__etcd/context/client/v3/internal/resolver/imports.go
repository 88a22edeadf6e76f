// Import list of package resolver in client/v3/internal/resolver of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package resolver

import (
	_ "go.etcd.io/etcd/client/v3/internal/endpoint"
	_ "google.golang.org/grpc/resolver"
	_ "google.golang.org/grpc/resolver/manual"
	_ "google.golang.org/grpc/serviceconfig"
)
