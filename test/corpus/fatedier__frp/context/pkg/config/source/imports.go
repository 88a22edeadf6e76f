// Import list of package source in pkg/config/source of fatedier/frp (the import blocks of its non-test files; no code kept)
package source

import (
	_ "cmp"
	_ "errors"
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/config/v1"
	_ "github.com/fatedier/frp/pkg/util/jsonx"
	_ "maps"
	_ "os"
	_ "path/filepath"
	_ "slices"
	_ "sync"
)
