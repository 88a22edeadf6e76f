// Import list of package log in pkg/util/log of fatedier/frp (the import blocks of its non-test files; no code kept)
package log

import (
	_ "bytes"
	_ "github.com/fatedier/golib/log"
	_ "os"
)
