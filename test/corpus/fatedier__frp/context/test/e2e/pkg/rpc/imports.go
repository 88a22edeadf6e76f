// Import list of package rpc in test/e2e/pkg/rpc of fatedier/frp (the import blocks of its non-test files; no code kept)
package rpc

import (
	_ "bytes"
	_ "encoding/binary"
	_ "errors"
	_ "fmt"
	_ "io"
)
