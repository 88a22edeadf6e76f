// Import list of package data in pkg/notifications/preview/data of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package data

import (
	_ "encoding/hex"
	_ "errors"
	_ "github.com/containrrr/watchtower/pkg/types"
	_ "math/rand"
	_ "sort"
	_ "strconv"
	_ "time"
)
