// Import list of package event in internal/bus/event of wagoodman/dive (the import blocks of its non-test files; no code kept)
package event

import (
	_ "github.com/wagoodman/go-partybus"
)
