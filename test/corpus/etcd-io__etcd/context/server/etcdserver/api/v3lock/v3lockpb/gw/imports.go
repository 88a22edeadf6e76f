// Import list of package gw in server/etcdserver/api/v3lock/v3lockpb/gw of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package gw

import (
	_ "context"
	_ "errors"
	_ "github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	_ "github.com/grpc-ecosystem/grpc-gateway/v2/utilities"
	_ "go.etcd.io/etcd/server/v3/etcdserver/api/v3lock/v3lockpb"
	_ "google.golang.org/grpc"
	_ "google.golang.org/grpc/codes"
	_ "google.golang.org/grpc/grpclog"
	_ "google.golang.org/grpc/metadata"
	_ "google.golang.org/grpc/status"
	_ "google.golang.org/protobuf/proto"
	_ "io"
	_ "net/http"
)
