// Import list of package snappb in server/etcdserver/api/snap/snappb of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package snappb

import (
	_ "google.golang.org/protobuf/reflect/protoreflect"
	_ "google.golang.org/protobuf/runtime/protoimpl"
	_ "reflect"
	_ "sync"
	_ "unsafe"
)
