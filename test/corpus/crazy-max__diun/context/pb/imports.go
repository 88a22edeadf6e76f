// Import list of package pb in pb of crazy-max/diun (the import blocks of its non-test files; no code kept)
package pb

import (
	_ "context"
	_ "google.golang.org/grpc"
	_ "google.golang.org/grpc/codes"
	_ "google.golang.org/grpc/status"
	_ "google.golang.org/protobuf/reflect/protoreflect"
	_ "google.golang.org/protobuf/runtime/protoimpl"
	_ "google.golang.org/protobuf/types/known/timestamppb"
	_ "reflect"
	_ "sync"
	_ "unsafe"
)
