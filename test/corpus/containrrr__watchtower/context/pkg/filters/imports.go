// Import list of package filters in pkg/filters of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package filters

import (
	_ "github.com/containrrr/watchtower/pkg/types"
	_ "regexp"
	_ "strings"
)
