// Import list of package session in pkg/session of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package session

import (
	_ "github.com/containrrr/watchtower/pkg/types"
	_ "sort"
)
