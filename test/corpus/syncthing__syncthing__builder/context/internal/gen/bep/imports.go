// Import list of package bep in internal/gen/bep of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package bep

import (
	_ "google.golang.org/protobuf/reflect/protoreflect"
	_ "google.golang.org/protobuf/runtime/protoimpl"
	_ "reflect"
	_ "sync"
)
