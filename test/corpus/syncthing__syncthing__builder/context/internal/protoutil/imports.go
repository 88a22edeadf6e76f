// Import list of package protoutil in internal/protoutil of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package protoutil

import (
	_ "errors"
	_ "google.golang.org/protobuf/proto"
)
