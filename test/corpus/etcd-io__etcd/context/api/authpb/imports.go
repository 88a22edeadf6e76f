// Import list of package authpb in api/authpb of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package authpb

import (
	_ "google.golang.org/protobuf/reflect/protoreflect"
	_ "google.golang.org/protobuf/runtime/protoimpl"
	_ "reflect"
	_ "sync"
	_ "unsafe"
)
