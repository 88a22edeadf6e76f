// Import list of package discoproto in internal/gen/discoproto of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package discoproto

import (
	_ "google.golang.org/protobuf/reflect/protoreflect"
	_ "google.golang.org/protobuf/runtime/protoimpl"
	_ "reflect"
	_ "sync"
)
