// Import list of package versionpb in api/versionpb of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package versionpb

import (
	_ "google.golang.org/protobuf/reflect/protoreflect"
	_ "google.golang.org/protobuf/runtime/protoimpl"
	_ "google.golang.org/protobuf/types/descriptorpb"
	_ "reflect"
	_ "unsafe"
)
