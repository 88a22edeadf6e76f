// Import list of package apiproto in internal/gen/apiproto of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package apiproto

import (
	_ "google.golang.org/protobuf/reflect/protoreflect"
	_ "google.golang.org/protobuf/runtime/protoimpl"
	_ "reflect"
	_ "sync"
)
