// Import list of package types in pkg/config/types of fatedier/frp (the import blocks of its non-test files; no code kept)
package types

import (
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "strconv"
	_ "strings"
)
