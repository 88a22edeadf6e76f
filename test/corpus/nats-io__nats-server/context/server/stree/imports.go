// Import list of package stree in server/stree of nats-io/nats-server (the import blocks of its non-test files; no code kept)
package stree

import (
	_ "bytes"
	_ "fmt"
	_ "github.com/nats-io/nats-server/v2/server/gsl"
	_ "io"
	_ "slices"
	_ "strings"
	_ "unsafe"
)
