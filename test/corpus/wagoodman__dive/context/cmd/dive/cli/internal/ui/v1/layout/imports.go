// Import list of package layout in cmd/dive/cli/internal/ui/v1/layout of wagoodman/dive (the import blocks of its non-test files; no code kept)
package layout

import (
	_ "fmt"
	_ "github.com/awesome-gocui/gocui"
	_ "github.com/wagoodman/dive/internal/log"
)
