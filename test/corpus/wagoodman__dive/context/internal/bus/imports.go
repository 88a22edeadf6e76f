// Import list of package bus in internal/bus of wagoodman/dive (the import blocks of its non-test files; no code kept)
package bus

import (
	_ "github.com/wagoodman/dive/dive/image"
	_ "github.com/wagoodman/dive/internal/bus/event"
	_ "github.com/wagoodman/dive/internal/bus/event/payload"
	_ "github.com/wagoodman/go-partybus"
	_ "github.com/wagoodman/go-progress"
)
