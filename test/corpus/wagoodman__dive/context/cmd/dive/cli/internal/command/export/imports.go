// Import list of package export in cmd/dive/cli/internal/command/export of wagoodman/dive (the import blocks of its non-test files; no code kept)
package export

import (
	_ "encoding/json"
	_ "github.com/wagoodman/dive/dive/filetree"
	_ "github.com/wagoodman/dive/dive/image"
	_ "github.com/wagoodman/dive/internal/log"
)
