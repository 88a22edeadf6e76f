// Import list of package dbproto in internal/gen/dbproto of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package dbproto

import (
	_ "github.com/syncthing/syncthing/internal/gen/bep"
	_ "google.golang.org/protobuf/reflect/protoreflect"
	_ "google.golang.org/protobuf/runtime/protoimpl"
	_ "google.golang.org/protobuf/types/known/timestamppb"
	_ "reflect"
	_ "sync"
)
