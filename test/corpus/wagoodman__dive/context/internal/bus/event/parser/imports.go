// Import list of package parser in internal/bus/event/parser of wagoodman/dive (the import blocks of its non-test files; no code kept)
package parser

import (
	_ "fmt"
	_ "github.com/wagoodman/dive/dive/image"
	_ "github.com/wagoodman/dive/internal/bus/event"
	_ "github.com/wagoodman/dive/internal/bus/event/payload"
	_ "github.com/wagoodman/go-partybus"
	_ "github.com/wagoodman/go-progress"
)
