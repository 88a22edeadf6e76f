// Import list of package adapter in server/proxy/grpcproxy/adapter of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package adapter

import (
	_ "context"
	_ "errors"
	_ "go.etcd.io/etcd/api/v3/etcdserverpb"
	_ "go.etcd.io/etcd/server/v3/etcdserver/api/v3election/v3electionpb"
	_ "go.etcd.io/etcd/server/v3/etcdserver/api/v3lock/v3lockpb"
	_ "google.golang.org/grpc"
	_ "google.golang.org/grpc/codes"
	_ "google.golang.org/grpc/metadata"
	_ "google.golang.org/grpc/status"
	_ "io"
	_ "maps"
)
