// Import list of package panic in pkg/api/grpc/panic of stefanprodan/podinfo (the import blocks of its non-test files; no code kept)
package panic

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
