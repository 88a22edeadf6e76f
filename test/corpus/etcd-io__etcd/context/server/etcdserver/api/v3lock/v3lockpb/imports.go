// Import list of package v3lockpb in server/etcdserver/api/v3lock/v3lockpb of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package v3lockpb

import (
	_ "context"
	_ "go.etcd.io/etcd/api/v3/etcdserverpb"
	_ "google.golang.org/genproto/googleapis/api/annotations"
	_ "google.golang.org/grpc"
	_ "google.golang.org/grpc/codes"
	_ "google.golang.org/grpc/status"
	_ "google.golang.org/protobuf/reflect/protoreflect"
	_ "google.golang.org/protobuf/runtime/protoimpl"
	_ "reflect"
	_ "sync"
	_ "unsafe"
)
