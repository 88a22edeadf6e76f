// Import list of package avl in server/avl of nats-io/nats-server (the import blocks of its non-test files; no code kept)
package avl

import (
	_ "cmp"
	_ "encoding/binary"
	_ "errors"
	_ "math/bits"
	_ "slices"
)
