// Import list of package jsonnet in plugin/converter/jsonnet of drone/drone (the import blocks of its non-test files; no code kept)
package jsonnet

import (
	_ "bytes"
	_ "fmt"
	_ "github.com/drone/drone/core"
	_ "github.com/google/go-jsonnet"
	_ "strconv"
)
