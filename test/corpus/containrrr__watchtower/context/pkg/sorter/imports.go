// Import list of package sorter in pkg/sorter of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package sorter

import (
	_ "fmt"
	_ "github.com/containrrr/watchtower/pkg/types"
	_ "time"
)
