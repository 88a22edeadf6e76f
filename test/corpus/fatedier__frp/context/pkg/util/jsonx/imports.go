// Import list of package jsonx in pkg/util/jsonx of fatedier/frp (the import blocks of its non-test files; no code kept)
package jsonx

import (
	_ "bytes"
	_ "encoding/json"
	_ "fmt"
)
