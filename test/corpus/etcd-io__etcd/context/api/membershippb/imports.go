// Import list of package membershippb in api/membershippb of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package membershippb

import (
	_ "go.etcd.io/etcd/api/v3/versionpb"
	_ "google.golang.org/protobuf/reflect/protoreflect"
	_ "google.golang.org/protobuf/runtime/protoimpl"
	_ "reflect"
	_ "sync"
	_ "unsafe"
)
