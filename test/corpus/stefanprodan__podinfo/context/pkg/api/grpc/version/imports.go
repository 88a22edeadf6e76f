// Import list of package version in pkg/api/grpc/version of stefanprodan/podinfo (the import blocks of its non-test files; no code kept)
package version

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
