// Import list of package leasepb in server/lease/leasepb of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package leasepb

import (
	_ "go.etcd.io/etcd/api/v3/etcdserverpb"
	_ "google.golang.org/protobuf/reflect/protoreflect"
	_ "google.golang.org/protobuf/runtime/protoimpl"
	_ "reflect"
	_ "sync"
	_ "unsafe"
)
