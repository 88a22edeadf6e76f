// Import list of package discosrv in internal/gen/discosrv of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package discosrv

import (
	_ "google.golang.org/protobuf/reflect/protoreflect"
	_ "google.golang.org/protobuf/runtime/protoimpl"
	_ "reflect"
	_ "sync"
)
