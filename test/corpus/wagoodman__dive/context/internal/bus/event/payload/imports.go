// Import list of package payload in internal/bus/event/payload of wagoodman/dive (the import blocks of its non-test files; no code kept)
package payload

import (
	_ "context"
	_ "github.com/wagoodman/dive/dive/image"
	_ "github.com/wagoodman/go-progress"
)
