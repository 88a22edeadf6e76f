// Import list of package pb in pb of coredns/coredns (the import blocks of its non-test files; no code kept)
package pb

import (
	_ "context"
	_ "google.golang.org/grpc"
	_ "google.golang.org/grpc/codes"
	_ "google.golang.org/grpc/status"
	_ "google.golang.org/protobuf/reflect/protoreflect"
	_ "google.golang.org/protobuf/runtime/protoimpl"
	_ "reflect"
	_ "sync"
)
