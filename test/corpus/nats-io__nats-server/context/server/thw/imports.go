// Import list of package thw in server/thw of nats-io/nats-server (the import blocks of its non-test files; no code kept)
package thw

import (
	_ "encoding/binary"
	_ "errors"
	_ "io"
	_ "math"
	_ "time"
)
